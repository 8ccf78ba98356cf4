import { describe, expect, it } from "vitest";
import { loadSeedData } from "@/lib/seed/load-seed-data";
import { initiativeInputSchema } from "@/lib/validations/initiative";
import { mulberry32, zipf } from "@/scripts/synthetic/random";
import { buildVocabulary } from "@/scripts/synthetic/vocabulary";
import { makeComposer } from "@/scripts/synthetic/compose";
import { ftsFloor, lookupFloor } from "@/scripts/bench/floor-sql";

const vocabulary = buildVocabulary(loadSeedData().data);
const generate = (seed: number, count: number) => {
  const compose = makeComposer(vocabulary);
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, k) => compose(k + 1, random));
};

describe("synthetic catalogue", () => {
  it("mulberry32 is reproducible and uniform in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 10_000 }, () => a());
    expect(values.slice(0, 5)).toEqual(Array.from({ length: 5 }, () => b()));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it("zipf draws the first items most often", () => {
    const draw = zipf(["a", "b", "c", "d", "e", "f", "g", "h"], 1.1);
    const random = mulberry32(1);
    const counts: Record<string, number> = {};
    for (let k = 0; k < 20_000; k++) {
      const item = draw(random);
      counts[item] = (counts[item] ?? 0) + 1;
    }
    expect(counts.a).toBeGreaterThan(counts.b);
    expect(counts.b).toBeGreaterThan(counts.h);
    expect(counts.a / counts.h).toBeGreaterThan(5);
  });

  it("composes the same valid records from the same seed, and other records from another", () => {
    const first = generate(42, 300);
    expect(generate(42, 300)).toEqual(first);
    expect(generate(7, 300)).not.toEqual(first);
    for (const input of first) expect(initiativeInputSchema.safeParse(input).success).toBe(true);
  });

  it("varies languages, periods and links the way the brief asks", () => {
    const records = generate(42, 2000);
    const languages = records.map((r) => Object.keys(r.name).sort().join(","));
    expect(languages.filter((l) => l === "en").length).toBeGreaterThan(100);
    expect(languages.filter((l) => l === "ja").length).toBeGreaterThan(50);
    expect(languages.filter((l) => l === "en,fr,ja").length).toBeGreaterThan(1000);
    expect(records.filter((r) => r.period.startYear === null).length).toBeGreaterThan(50);
    expect(records.filter((r) => r.period.ongoing).length).toBeGreaterThan(100);
    const years = records.flatMap((r) => (r.period.startYear ? [r.period.startYear] : []));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2026);
    expect(new Set(records.flatMap((r) => r.organisations.map((o) => o.org))).size).toBeGreaterThan(100);
    expect(new Set(records.flatMap((r) => r.recipientCountries)).size).toBeGreaterThan(100);
    expect(new Set(records.map((r) => r.name.en ?? r.name.ja ?? r.name.fr)).size).toBeGreaterThan(1500);
    // Texts come from the real vocabulary, not filler.
    expect(records.some((r) => r.summary?.en?.includes("cyber"))).toBe(true);
    expect(records.some((r) => r.summary?.ja?.includes("サイバー"))).toBe(true);
  });
});

describe("bench floor SQL", () => {
  it("quotes every word of a text query as an FTS5 phrase (implicit AND)", () => {
    expect(ftsFloor('incident "response"').statements[0].params).toEqual(['"incident" """response"""']);
  });

  it("counts and pages the same id set", () => {
    const floor = lookupFloor("SELECT 1 AS id", [], 3);
    expect(floor.statements[0].sql).toContain("COUNT(*)");
    expect(floor.statements[1].sql).toContain("OFFSET 40");
  });
});
