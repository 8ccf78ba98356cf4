import { describe, expect, it } from "vitest";
import { CatalogueIndex } from "../../lib/search/catalogue-index";
import { buildReferenceData } from "../../lib/search/reference-data";
import { StateCache } from "../../lib/search/state-cache";

const reference = buildReferenceData({ countries: [], groups: [], members: [], organisations: [], themes: [], targets: [], sources: [] });

describe("StateCache", () => {
  it("keeps entries up to its total weight, dropping the least recently used, and never one heavier than a quarter of it", () => {
    const index = new CatalogueIndex(reference);
    const cache = new StateCache<string, number[]>(100, 40, (value) => value.length);
    const entries = cache.at(index);
    entries.set("a", Array(10).fill(0));
    entries.set("b", Array(10).fill(0));
    entries.set("c", Array(10).fill(0));
    entries.get("a");
    entries.set("d", Array(10).fill(0));
    entries.set("e", Array(10).fill(0)); // 50 > 40: "b" (least recently used) goes
    expect(["a", "b", "c", "d", "e"].filter((key) => entries.get(key))).toEqual(["a", "c", "d", "e"]);
    entries.set("big", Array(11).fill(0));
    expect(entries.get("big")).toBeUndefined();
  });

  it("replacing an entry counts its weight once", () => {
    const index = new CatalogueIndex(reference);
    const cache = new StateCache<string, number[]>(100, 40, (value) => value.length);
    const entries = cache.at(index);
    for (let i = 0; i < 10; i++) entries.set("a", Array(10).fill(i));
    entries.set("b", Array(10).fill(0));
    entries.set("c", Array(10).fill(0));
    expect(entries.get("a")).toEqual(Array(10).fill(9));
    expect(entries.get("c")).toBeDefined();
  });

  it("a view of an older state neither reads nor writes once the catalogue changed", () => {
    const index = new CatalogueIndex(reference);
    const cache = new StateCache<number, string>(10);
    const before = cache.at(index);
    before.set(1, "one");
    index.generation++;
    expect(before.get(1)).toBeUndefined();
    before.set(2, "two");
    const after = cache.at(index);
    expect(after.get(1)).toBeUndefined();
    expect(after.get(2)).toBeUndefined();
  });
});
