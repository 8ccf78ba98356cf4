import { describe, expect, it } from "vitest";
import { CatalogueIndex, deriveInitiative } from "../../lib/search/catalogue-index";
import { buildReferenceData } from "../../lib/search/reference-data";
import { TextMatchCache } from "../../lib/search/text-match-cache";

const reference = buildReferenceData({
  countries: [],
  groups: [],
  members: [],
  organisations: [],
  themes: [],
  targets: [],
  sources: [{ id: 1, date: "2020-01" }],
});
const initiative = (id: number) =>
  deriveInitiative(
    {
      id,
      slug: `i-${id}`,
      status: "published",
      originalLocale: "en",
      startYear: 2020,
      endYear: null,
      ongoing: false,
      sourceDocumentId: 1,
      updatedAt: new Date(),
      names: [{ locale: "en", name: `I ${id}` }],
      countries: [],
      groups: [],
      organisations: [],
      themes: [],
      targets: [],
    },
    reference,
  );
const groups = (term: string) => [{ alternatives: [term] }];

function counting() {
  let calls = 0;
  const match = (ids: number[]) => async () => {
    calls++;
    return new Map(ids.map((id) => [id, -1]));
  };
  return { match, calls: () => calls };
}

describe("TextMatchCache", () => {
  it("answers a repeated query from memory while the catalogue is unchanged", async () => {
    const index = new CatalogueIndex(reference);
    index.upsert(initiative(1));
    const cache = new TextMatchCache<ReadonlyMap<number, number>>(4);
    const { match, calls } = counting();
    expect([...(await cache.get(index, groups("cyber"), match([1]))).keys()]).toEqual([1]);
    expect([...(await cache.get(index, groups("cyber"), match([1]))).keys()]).toEqual([1]);
    expect(calls()).toBe(1);
    await cache.get(index, groups("crime"), match([1]));
    expect(calls()).toBe(2);
  });

  it("forgets everything when the catalogue changes or is rebuilt", async () => {
    const index = new CatalogueIndex(reference);
    index.upsert(initiative(1));
    const cache = new TextMatchCache<ReadonlyMap<number, number>>(4);
    const { match, calls } = counting();
    await cache.get(index, groups("cyber"), match([1]));
    index.upsert(initiative(2));
    expect([...(await cache.get(index, groups("cyber"), match([1, 2]))).keys()]).toEqual([1, 2]);
    index.remove(1);
    expect([...(await cache.get(index, groups("cyber"), match([2]))).keys()]).toEqual([2]);
    const rebuilt = new CatalogueIndex(reference);
    rebuilt.upsert(initiative(2));
    await cache.get(rebuilt, groups("cyber"), match([2]));
    expect(calls()).toBe(4);
  });

  it("does not keep a match computed while the catalogue changed", async () => {
    const index = new CatalogueIndex(reference);
    const cache = new TextMatchCache<ReadonlyMap<number, number>>(4);
    let calls = 0;
    const slow = async () => {
      calls++;
      index.upsert(initiative(calls + 10));
      return new Map([[calls, -1]]);
    };
    await cache.get(index, groups("cyber"), slow);
    await cache.get(index, groups("cyber"), slow);
    expect(calls).toBe(2);
  });

  it("drops the least recently used query beyond its capacity, and is off at 0", async () => {
    const index = new CatalogueIndex(reference);
    const cache = new TextMatchCache<ReadonlyMap<number, number>>(2);
    const { match, calls } = counting();
    for (const term of ["a1", "b1", "a1", "c1", "a1"]) await cache.get(index, groups(term), match([1]));
    expect(calls()).toBe(3);
    await cache.get(index, groups("b1"), match([1]));
    expect(calls()).toBe(4);
    const off = new TextMatchCache<ReadonlyMap<number, number>>(0);
    const counted = counting();
    for (let i = 0; i < 3; i++) await off.get(index, groups("a1"), counted.match([1]));
    expect(counted.calls()).toBe(3);
  });
});
