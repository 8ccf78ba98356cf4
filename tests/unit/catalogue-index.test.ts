import { describe, expect, it } from "vitest";
import { Bitset } from "../../lib/search/bitset";
import { CatalogueIndex, deriveInitiative, INDEX_KEYS, type InitiativeRows } from "../../lib/search/catalogue-index";
import { buildReferenceData } from "../../lib/search/reference-data";
import { countValues, filterSets, matchingSet, pageOf } from "../../lib/search/run-search";
import { SlotScores } from "../../lib/search/slot-scores";
import { initiativeSearchSchema } from "../../lib/validations/search";

const named = (en: string) => ({ nameJa: en, nameEn: en, nameFr: en });
const reference = buildReferenceData({
  countries: ["VN", "LA", "TH", "JP", "BV", "FR"].map((code) => ({ code, m49: "000", regionSlug: null, ...named(code) })),
  groups: [
    { id: 1, slug: "world", kind: "m49-region", scope: "global", parentSlug: null, acronym: null, ...named("World") },
    { id: 2, slug: "asia", kind: "m49-region", scope: "group", parentSlug: "world", acronym: null, ...named("Asia") },
    { id: 3, slug: "south-eastern-asia", kind: "m49-region", scope: "group", parentSlug: "asia", acronym: null, ...named("SE Asia") },
    { id: 4, slug: "asean", kind: "regional", scope: "group", parentSlug: null, acronym: "ASEAN", ...named("ASEAN") },
    { id: 5, slug: "un-member-states", kind: "political", scope: "global", parentSlug: null, acronym: null, ...named("UN") },
    { id: 6, slug: "antarctic-area", kind: "other", scope: "group", parentSlug: null, acronym: null, ...named("Antarctic") },
  ],
  members: [
    { groupId: 3, countryCode: "VN" },
    { groupId: 3, countryCode: "LA" },
    { groupId: 3, countryCode: "TH" },
    { groupId: 4, countryCode: "VN" },
    { groupId: 4, countryCode: "TH" },
    { groupId: 5, countryCode: "JP" },
    { groupId: 5, countryCode: "VN" },
    { groupId: 6, countryCode: "BV" },
  ],
  organisations: [
    { id: 10, slug: "jica", acronym: "JICA", countryCode: "JP", ...named("JICA") },
    { id: 11, slug: "npa", acronym: null, countryCode: "JP", ...named("NPA") },
    { id: 12, slug: "afd", acronym: null, countryCode: "FR", ...named("AFD") },
  ],
  themes: [
    { id: 20, slug: "cybercrime", parentSlug: null, gfceCode: "3", position: 1, ...named("Cybercrime") },
    { id: 21, slug: "law-enforcement", parentSlug: "cybercrime", gfceCode: null, position: 2, ...named("LE") },
  ],
  targets: [],
  sources: [{ id: 1, date: "2018-03" }],
});

const rows = (over: Partial<InitiativeRows> & { id: number }): InitiativeRows => ({
  slug: `i-${over.id}`,
  status: "published",
  originalLocale: "en",
  startYear: 2015,
  endYear: 2016,
  ongoing: false,
  sourceDocumentId: 1,
  updatedAt: new Date("2026-01-01T00:00:00Z"),
  names: [{ locale: "en", name: `Initiative ${over.id}` }],
  countries: [],
  groups: [],
  organisations: [],
  themes: [],
  targets: [],
  ...over,
});

function build(list: InitiativeRows[]) {
  const index = new CatalogueIndex(reference);
  for (const r of list) index.upsert(deriveInitiative(r, reference));
  return index;
}

const search = (input: Record<string, unknown>) => initiativeSearchSchema.parse(input);
const ids = (index: CatalogueIndex, input: Record<string, unknown>) => {
  const set = matchingSet(index, index.published.clone(), filterSets(index, search(input)));
  return [...set].map((slot) => index.records.id(slot)).sort((a, b) => a - b);
};

describe("Bitset", () => {
  it("adds, removes, intersects and counts across word boundaries", () => {
    const a = Bitset.of([0, 31, 32, 100, 1000]);
    const b = Bitset.of([31, 100, 5000]);
    expect(a.size()).toBe(5);
    expect(a.intersectionSize(b)).toBe(2);
    expect([...a.clone().and(b)]).toEqual([31, 100]);
    expect([...a.clone().or(b)]).toEqual([0, 31, 32, 100, 1000, 5000]);
    a.delete(31);
    expect(a.has(31)).toBe(false);
    expect(a.has(100000)).toBe(false);
  });
});

describe("reach tiers", () => {
  const index = build([
    rows({ id: 1, countries: ["VN"] }),
    rows({ id: 2, groups: [4] }), // ASEAN
    rows({ id: 3, groups: [5] }), // UN member states: global
    rows({ id: 4, groups: [1] }), // world: global, every country
    rows({ id: 5, groups: [2], countries: ["VN"] }), // Asia and Viet Nam named: direct for VN
    rows({ id: 6, groups: [6] }), // a group whose only member is an uninhabited territory
  ]);

  it("counts a country directly by default, adds named groups and then global programmes on request", () => {
    expect(ids(index, { country: "VN" })).toEqual([1, 5]);
    expect(ids(index, { country: "VN", reach: "group" })).toEqual([1, 2, 5]);
    expect(ids(index, { country: "VN", reach: "all" })).toEqual([1, 2, 3, 4, 5]);
    expect(ids(index, { country: "LA", reach: "group" })).toEqual([5]);
    expect(ids(index, { country: "JP", reach: "group" })).toEqual([]);
    expect(ids(index, { country: "JP", reach: "all" })).toEqual([3, 4]);
  });

  it("never lets an uninhabited territory inherit an initiative", () => {
    expect(ids(index, { country: "BV", reach: "all" })).toEqual([]);
  });

  it("keeps tiers disjoint so that their counts add up", () => {
    const counts = countValues(index, ["country", "countryGroup", "countryGlobal"], index.published);
    expect(counts.get("VN")).toBe(ids(index, { country: "VN", reach: "all" }).length);
  });
});

describe("filters", () => {
  const index = build([
    rows({ id: 1, organisations: [{ organisationId: 10, column: "donor", funding: false, iatiRole: null }], themes: [21] }),
    rows({
      id: 2,
      organisations: [
        { organisationId: 12, column: "donor", funding: false, iatiRole: null },
        { organisationId: 11, column: "partner", funding: true, iatiRole: 1 },
      ],
    }),
    rows({ id: 3, organisations: [{ organisationId: 11, column: "partner", funding: false, iatiRole: 4 }], themes: [20] }),
    rows({ id: 4, status: "draft", organisations: [{ organisationId: 10, column: "donor", funding: false, iatiRole: null }] }),
    rows({ id: 5, startYear: 2017, endYear: null, ongoing: true }), // ongoing in a 2018 source
  ]);

  it("finds what a donor country funds: donors and funding partners, not implementers; drafts never", () => {
    expect(ids(index, { donorCountry: "JP" })).toEqual([1, 2]);
    expect(ids(index, { donorCountry: ["JP", "FR"] })).toEqual([1, 2]);
  });

  it("matches a theme through its sub-themes and combines filters with AND", () => {
    expect(ids(index, { theme: "cybercrime" })).toEqual([1, 3]);
    expect(ids(index, { theme: "cybercrime", donorCountry: "JP" })).toEqual([1]);
  });

  it("treats ongoing as known only until the source's date", () => {
    expect(ids(index, { from: 2018, to: 2018 })).toEqual([5]);
    expect(ids(index, { from: 2019 })).toEqual([]);
  });

  it("pages in order and counts the same by tally or by intersection", () => {
    const all = index.published.clone();
    const page = pageOf(index, all, { sort: "name", locale: "en", scores: null, offset: 1, limit: 2 });
    expect(page.map((slot) => index.records.id(slot))).toEqual([2, 3]);
    const big = build(Array.from({ length: 200 }, (_, i) => rows({ id: i + 1, themes: [i % 2 ? 20 : 21] })));
    const few = Bitset.of([0, 1, 2]);
    expect(countValues(big, ["theme"], few).get("cybercrime")).toBe(3);
    expect(countValues(big, ["theme"], big.published).get("cybercrime")).toBe(200);
  });
});

describe("relevance pages", () => {
  it("keep only the best offset + limit yet give exactly the pages of a full sort (score, then name)", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const list = Array.from({ length: 300 }, (_, i) => rows({ id: i + 1, names: [{ locale: "en", name: `N${Math.floor(random() * 50)}` }] }));
    const index = build(list);
    // Many ties on purpose: scores from a small set, names repeated.
    const scores = new Map(list.map((r) => [r.id, -Math.floor(random() * 5)]));
    const all = index.published.clone();
    const full = [...all].sort(
      (a, b) =>
        scores.get(index.records.id(a))! - scores.get(index.records.id(b))! ||
        (index.records.sortName(a, "en") < index.records.sortName(b, "en") ? -1 : index.records.sortName(a, "en") > index.records.sortName(b, "en") ? 1 : 0),
    );
    const nameAndScore = (slot: number) => `${scores.get(index.records.id(slot))}:${index.records.sortName(slot, "en")}`;
    for (const [offset, limit] of [
      [0, 20],
      [20, 20],
      [280, 20],
      [290, 20],
      [0, 300],
    ]) {
      const page = pageOf(index, all, { sort: "relevance", locale: "en", scores: SlotScores.of(index, scores), offset, limit });
      expect(page.map(nameAndScore), `${offset}+${limit}`).toEqual(full.slice(offset, offset + limit).map(nameAndScore));
    }
  });
});

describe("text matches by slot", () => {
  it("list the matching slots in order with their scores and leave out ids the index does not hold", () => {
    const index = build([rows({ id: 5 }), rows({ id: 3 }), rows({ id: 9 })]);
    const scores = new Map([
      [9, -3],
      [5, -1],
      [42, -7],
    ]);
    const bySlot = SlotScores.of(index, scores);
    const slotOf = (id: number) => index.slotById.get(id)!;
    expect([...bySlot.slots]).toEqual([slotOf(5), slotOf(9)].sort((a, b) => a - b));
    expect([...bySlot.slots].map((slot, i) => [index.records.id(slot), bySlot.scores[i]])).toEqual(
      [...bySlot.slots].map((slot) => [index.records.id(slot), scores.get(index.records.id(slot))]),
    );
    expect([...bySlot.set]).toEqual([...bySlot.slots]);
    expect(bySlot.size).toBe(2);
    expect(bySlot.toMap()).toEqual(
      new Map([
        [slotOf(9), -3],
        [slotOf(5), -1],
      ]),
    );
    expect(SlotScores.fromSlots(index.capacity, bySlot.toMap())).toEqual(bySlot);
  });
});

describe("last update", () => {
  it("is the latest change of a published initiative, and follows edits, unpublishing and removal", () => {
    const index = build([
      rows({ id: 1, updatedAt: new Date("2026-01-01T00:00:00Z") }),
      rows({ id: 2, updatedAt: new Date("2026-03-01T00:00:00Z") }),
      rows({ id: 3, status: "draft", updatedAt: new Date("2026-06-01T00:00:00Z") }),
    ]);
    expect(index.lastUpdated()?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    index.upsert(deriveInitiative(rows({ id: 1, updatedAt: new Date("2026-04-01T00:00:00Z") }), reference));
    expect(index.lastUpdated()?.toISOString()).toBe("2026-04-01T00:00:00.000Z");
    index.upsert(deriveInitiative(rows({ id: 1, status: "archived", updatedAt: new Date("2026-05-01T00:00:00Z") }), reference));
    expect(index.lastUpdated()?.toISOString()).toBe("2026-03-01T00:00:00.000Z");
    index.remove(2);
    expect(index.lastUpdated()).toBeNull();
  });
});

describe("sort orders", () => {
  it("stay equal to a fresh sort through upserts, edits and removals", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const make = (id: number) =>
      rows({
        id,
        startYear: random() < 0.2 ? null : 2000 + Math.floor(random() * 20),
        names: [{ locale: "en", name: `N${Math.floor(random() * 30)}` }],
      });
    const index = build(Array.from({ length: 60 }, (_, i) => make(i + 1)));
    const keys = [
      ["newest", "en"],
      ["oldest", "fr"],
      ["name", "ja"],
    ] as const;
    for (const [sort, locale] of keys) index.order(sort, locale);
    for (let step = 0; step < 80; step++) {
      const id = 1 + Math.floor(random() * 70);
      if (random() < 0.3) index.remove(id);
      else index.upsert(deriveInitiative(make(id), reference));
    }
    const fresh = new CatalogueIndex(reference);
    for (let slot = 0; slot < index.capacity; slot++) {
      const record = index.record(slot);
      if (record) fresh.upsert(record);
    }
    const idsOf = (target: CatalogueIndex, sort: (typeof keys)[number][0], locale: (typeof keys)[number][1]) =>
      [...target.order(sort, locale)].map((slot) => target.records.id(slot));
    for (const [sort, locale] of keys) expect(idsOf(index, sort, locale), `${sort}:${locale}`).toEqual(idsOf(fresh, sort, locale));
  });
});

describe("facet counts", () => {
  it("tallies stored values and intersects derived ones to the same counts as the posting sets, through rewrites and removals", () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(list: readonly T[], n: number) => Array.from({ length: n }, () => list[Math.floor(random() * list.length)]!);
    const randomRows = (id: number) =>
      rows({
        id,
        status: random() < 0.9 ? "published" : "draft",
        startYear: random() < 0.8 ? 2010 + Math.floor(random() * 10) : null,
        countries: pick(["VN", "LA", "TH", "JP", "BV", "FR"], Math.floor(random() * 3)),
        groups: pick([1, 2, 3, 4, 5, 6], Math.floor(random() * 2)),
        organisations: pick([10, 11, 12], 1 + Math.floor(random() * 3)).map((organisationId, i) => ({
          organisationId,
          column: i ? "partner" : "donor",
          funding: random() < 0.3,
          iatiRole: null,
        })),
        themes: pick([20, 21], Math.floor(random() * 3)),
      });
    const index = build(Array.from({ length: 600 }, (_, i) => randomRows(i + 1)));
    const expectCounts = (within: Bitset, label: string) => {
      for (const key of INDEX_KEYS) {
        const expected = new Map<string, number>();
        for (const [value, set] of index.postings.get(key)!) {
          const n = [...within].filter((slot) => set.has(slot)).length;
          if (n) expected.set(value, n);
        }
        expect(new Map([...countValues(index, [key], within)].sort()), `${key} ${label}`).toEqual(new Map([...expected].sort()));
      }
    };
    // Every published initiative's tally is kept between calls: each round of writes must renew it.
    for (let round = 0; round < 4; round++) {
      expectCounts(index.published, `published, round ${round}`);
      for (let i = 0; i < 100; i++) {
        const id = 1 + Math.floor(random() * 700);
        if (random() < 0.2) index.remove(id);
        else index.upsert(deriveInitiative(randomRows(id), reference));
      }
    }
    for (const density of [0.005, 0.05, 0.5, 1]) expectCounts(Bitset.of([...index.published].filter(() => random() < density)), `at ${density}`);
  });
});
