import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { searchInitiatives } from "../../lib/db/initiative-search";
import { unknownFilterValues } from "../../lib/db/filter-values";
import { initiativeSearchSchema } from "../../lib/validations/search";

const search = (input: Record<string, unknown>) => searchInitiatives(prisma, initiativeSearchSchema.parse(input));

afterAll(() => prisma.$disconnect());

describe("full-text search", () => {
  it("finds a Japanese word inside longer Japanese text (no spaces)", async () => {
    const result = await search({ q: "サイバー犯罪", locale: "ja", pageSize: 100 });
    expect(result.total).toBeGreaterThan(0);
    const texts = await prisma.initiativeText.findMany({
      where: { initiativeId: { in: (await prisma.initiative.findMany({ where: { slug: { in: result.items.map((i) => i.slug) } } })).map((i) => i.id) } },
    });
    // Every hit holds the query somewhere in its texts or its organisations' names.
    expect(texts.some((t) => t.name?.includes("サイバー犯罪") && t.name !== "サイバー犯罪")).toBe(true);
  });

  it("matches two-character Japanese words too", async () => {
    const result = await search({ q: "犯罪", locale: "ja" });
    const longer = await search({ q: "サイバー犯罪", locale: "ja" });
    expect(result.total).toBeGreaterThanOrEqual(longer.total);
  });

  it("ignores accents in French", async () => {
    const accented = await search({ q: "sécurité", locale: "fr", pageSize: 100 });
    const plain = await search({ q: "securite", locale: "fr", pageSize: 100 });
    // Organisation names are matched with LIKE (accent-sensitive); initiative texts through FTS5 (not).
    expect(plain.total).toBeGreaterThan(accented.total * 0.9);
    const accentedSlugs = accented.items.map((i) => i.slug);
    for (const item of plain.items) expect(accentedSlugs).toContain(item.slug);
  });

  it("ranks an initiative whose name matches first", async () => {
    const result = await search({ q: "GLACY", locale: "en" });
    expect(result.items[0].name.text).toMatch(/GLACY/i);
  });

  it("searches SQL and FTS syntax safely as plain text", async () => {
    for (const q of [`"' OR 1=1; DROP TABLE "Initiative"; --`, "NEAR(cyber crime) AND * OR ^", 'cyber"', "%_%", "x".repeat(200)]) {
      const result = await search({ q, locale: "en" });
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
    expect(await prisma.initiative.count()).toBeGreaterThan(0);
  });

  it("requires every word to match", async () => {
    const both = await search({ q: "ASEAN CERT", pageSize: 100 });
    const asean = await search({ q: "ASEAN", pageSize: 100 });
    expect(both.total).toBeLessThanOrEqual(asean.total);
  });
});

describe("filters and facets", () => {
  it("reaches a country directly by default, and through groups or global programmes only when asked", async () => {
    const names = (item: { recipients: { type: string; code?: string }[] }) => item.recipients.some((r) => r.type === "country" && r.code === "TH");
    const direct = await search({ country: "TH", pageSize: 100 });
    expect(direct.total).toBeGreaterThan(0);
    for (const item of direct.items) expect(names(item) && item.reach === "direct").toBe(true);
    const group = await search({ country: "TH", reach: "group", pageSize: 100 });
    const viaAsean = group.items.filter((item) => item.via?.some((g) => g.slug === "asean"));
    expect(viaAsean.length).toBeGreaterThan(0);
    for (const item of viaAsean) expect(names(item) || item.reach !== "group").toBe(false);
    expect(group.items.some((item) => item.reach === "global")).toBe(false);
    const all = await search({ country: "TH", reach: "all", pageSize: 100 });
    const global = all.items.filter((item) => item.reach === "global");
    expect(global.length).toBeGreaterThan(0);
    expect(all.total).toBe(group.total + global.length);
    expect(group.total).toBe(direct.total + group.items.filter((item) => item.reach === "group").length);
  });

  it("treats a repeated filter as any of its values and different filters as all", async () => {
    const vn = await search({ country: "VN", pageSize: 100 });
    const la = await search({ country: "LA", pageSize: 100 });
    const either = await search({ country: ["VN", "LA"], pageSize: 100 });
    const union = new Set([...vn.items, ...la.items].map((item) => item.slug));
    expect(either.total).toBe(union.size);
    const withTheme = await search({ country: ["VN", "LA"], theme: "cybercrime", pageSize: 100 });
    for (const item of withTheme.items)
      expect(union.has(item.slug) && item.themes.some((t) => t.slug === "cybercrime" || t.parent === "cybercrime")).toBe(true);
  });

  it("finds what a donor country funds: any donor or funding partner based there", async () => {
    const result = await search({ donorCountry: "JP", pageSize: 100 });
    const independent = await prisma.initiative.count({
      where: {
        status: "published",
        organisations: { some: { organisation: { countryCode: "JP" }, OR: [{ column: "donor" }, { funding: true }, { iatiRole: 1 }] } },
      },
    });
    expect(result.total).toBe(independent);
    const cybercrime = await search({ donorCountry: "JP", theme: "cybercrime" });
    const agencies = new Set(cybercrime.items.flatMap((item) => item.donors.map((d) => d.slug)));
    expect(agencies.size).toBeGreaterThan(1);
    expect(result.facets.donorCountry.find((o) => o.value === "JP")?.count).toBe(result.total);
  });

  it("gives facet counts equal to the totals of the filtered searches", async () => {
    const base = await search({ q: "cyber" });
    for (const key of ["theme", "donor", "donorCountry", "country", "region", "target"] as const) {
      for (const option of base.facets[key].slice(0, 3)) {
        const filtered = await search({ q: "cyber", [key]: option.value });
        expect(filtered.total, `${key}=${option.value}`).toBe(option.count);
      }
    }
  });

  it("combines filters with AND", async () => {
    const theme = await search({ theme: "cybercrime", pageSize: 100 });
    const region = await search({ region: "africa", pageSize: 100 });
    const both = await search({ theme: "cybercrime", region: "africa", pageSize: 100 });
    const expected = theme.items.map((i) => i.slug).filter((slug) => region.items.some((r) => r.slug === slug));
    expect(both.items.map((i) => i.slug).sort()).toEqual(expected.sort());
  });

  it("counts a theme's sub-themes under it", async () => {
    const parent = await search({ theme: "incident-management", pageSize: 100 });
    const child = await search({ theme: "csirt-development", pageSize: 100 });
    for (const item of child.items) expect(parent.items.map((i) => i.slug)).toContain(item.slug);
  });

  it("filters by period: overlapping initiatives, ongoing ones up to now, unknown years never", async () => {
    const result = await search({ from: 2016, to: 2016, pageSize: 100 });
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.startYear ?? item.endYear).not.toBeNull();
      const start = item.startYear ?? item.endYear!;
      const end = item.endYear ?? (item.ongoing ? new Date().getUTCFullYear() : start);
      expect(start).toBeLessThanOrEqual(2016);
      expect(end).toBeGreaterThanOrEqual(2016);
    }
    const ongoing = await search({ from: new Date().getUTCFullYear(), pageSize: 100 });
    expect(ongoing.items.every((item) => item.ongoing || (item.endYear ?? 0) >= new Date().getUTCFullYear())).toBe(true);
  });

  it("filters by exact start year", async () => {
    const result = await search({ started: 2015, pageSize: 100 });
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((item) => item.startYear === 2015)).toBe(true);
    expect(result.total).toBe(result.facets.startYear.find((y) => y.year === 2015)?.count);
  });

  it("paginates without overlap and sorts by start year", async () => {
    const first = await search({ page: 1, pageSize: 10, sort: "oldest" });
    const second = await search({ page: 2, pageSize: 10, sort: "oldest" });
    expect(first.items).toHaveLength(10);
    expect(second.items.some((item) => first.items.some((f) => f.slug === item.slug))).toBe(false);
    const years = [...first.items, ...second.items].map((item) => item.startYear).filter((y): y is number => y !== null);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(first.pageCount).toBe(Math.ceil(first.total / 10));
  });

  it("names filter values that do not exist", async () => {
    const missing = await unknownFilterValues(initiativeSearchSchema.parse({ theme: "no-such-theme", country: "TH", donor: "gb-fco" }));
    expect(missing).toEqual(["theme"]);
  });

  it("shows the text in the original language with a marker when a locale is missing", async () => {
    const result = await search({ locale: "fr", pageSize: 100 });
    for (const item of result.items) expect(item.name.isFallback).toBe(item.name.locale !== "fr");
  });
});

describe("search that knows names", () => {
  const slugs = async (q: string, locale = "en") => new Set((await search({ q, locale, pageSize: 100 })).items.map((item) => item.slug));

  it("finds a recipient country by any of its names, in every locale", async () => {
    const named = await prisma.initiative.count({ where: { status: "published", countries: { some: { countryCode: "VN" } } } });
    for (const locale of ["ja", "en", "fr"])
      for (const q of ["Vietnam", "Viet Nam", "ベトナム", "Viêt Nam"]) {
        const found = await slugs(q, locale);
        expect(found.size, `${q} (${locale})`).toBeGreaterThanOrEqual(named);
      }
    expect(await slugs("Vietnam")).toEqual(await slugs("Viet Nam"));
  });

  it("expands field vocabulary: CSIRT finds CERT and CIRT initiatives, cybercrime in three languages", async () => {
    const cert = await prisma.initiative.findMany({
      where: { status: "published", texts: { some: { OR: [{ name: { contains: "CERT" } }, { summary: { contains: "CERT" } }] } } },
      select: { slug: true },
    });
    const csirt = await slugs("CSIRT");
    expect(cert.length).toBeGreaterThan(0);
    for (const { slug } of cert.slice(0, 5)) expect(csirt.has(slug), slug).toBe(true);
    const english = await slugs("cybercrime");
    expect(await slugs("サイバー犯罪", "ja")).toEqual(english);
    expect(await slugs("cybercriminalité", "fr")).toEqual(english);
    expect(await slugs("cyber crime")).toEqual(english);
  });

  it("matches a short alias as a word or an entity, never inside another word", async () => {
    const us = await search({ q: "USA", pageSize: 100 });
    const namedUs = await prisma.initiative.count({ where: { status: "published", countries: { some: { countryCode: "US" } } } });
    expect(us.total).toBeGreaterThanOrEqual(namedUs);
    expect((await slugs("Turkey")).size).toBe((await slugs("Türkiye")).size);
    expect((await slugs("Ivory Coast")).size).toBe((await slugs("Côte d'Ivoire")).size);
  });
});
