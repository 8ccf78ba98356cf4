import { describe, expect, it } from "vitest";
import { groupMemberSets } from "./group-members";

const regions = [
  { m49: "001", slug: "world", parent: null },
  { m49: "142", slug: "asia", parent: "001" },
  { m49: "035", slug: "south-eastern-asia", parent: "142" },
  { m49: "150", slug: "europe", parent: "001" },
].map((r) => ({ ...r, scope: "group" as const, name: { ja: r.slug, en: r.slug, fr: r.slug } }));
const countries = [
  { code: "MY", m49: "458", region: "035" },
  { code: "VN", m49: "704", region: "035" },
  { code: "GB", m49: "826", region: "150" },
];
const group = (slug: string, members: string[], intersectionOf: [string, string] | null = null) => ({
  slug,
  kind: "political" as const,
  scope: "group" as const,
  acronym: null,
  name: { ja: slug, en: slug, fr: slug },
  members,
  intersectionOf,
  membersAsOf: "2018-03",
  note: null,
});

describe("groupMemberSets", () => {
  const sets = groupMemberSets({
    regions,
    countries,
    groups: [group("commonwealth", ["MY", "GB"]), group("commonwealth-in-asia", [], ["commonwealth", "asia"])],
  });
  it("puts a country in its region and every ancestor but world", () => {
    expect([...sets.get("asia")!].sort()).toEqual(["MY", "VN"]);
    expect(sets.get("world")!.size).toBe(0);
  });
  it("computes an intersection of a group and a region", () => {
    expect([...sets.get("commonwealth-in-asia")!]).toEqual(["MY"]);
  });
});
