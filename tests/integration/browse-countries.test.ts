import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { countriesByRegion, countryCounts, getCountryDetail } from "../../lib/db/countries";
import { reachByCountry } from "./reach-expectations";
import { expectNewestOf } from "./ref-list-expectations";
import { TIMELINE_LIMIT } from "../../lib/db/countries";

afterAll(() => prisma.$disconnect());

const published = { status: "published" } as const;
const directWhere = (code: string) => ({ ...published, countries: { some: { countryCode: code } } });

describe("country counts", () => {
  it("match independent Prisma counts for every country, and list exactly those with any", async () => {
    const rows = await countryCounts("en");
    const byCode = new Map(rows.map((row) => [row.code, row]));
    for (const [code, reach] of await reachByCountry()) {
      const want = { direct: reach.direct.size, viaGroups: reach.group.size, global: reach.global.size, asDonor: reach.asDonor.size };
      const row = byCode.get(code);
      if (!want.direct && !want.viaGroups && !want.global && !want.asDonor) {
        expect(row, code).toBeUndefined();
        continue;
      }
      expect(row, code).toBeDefined();
      expect({ direct: row!.direct, viaGroups: row!.viaGroups, global: row!.global, asDonor: row!.asDonor }, code).toEqual(want);
      expect(row!.reached, "reached is the direct count").toBe(want.direct);
    }
    // Territories without a permanent population never inherit an initiative from a region.
    for (const code of ["BV", "HM", "IO"]) {
      const row = byCode.get(code);
      expect({ viaGroups: row?.viaGroups ?? 0, global: row?.global ?? 0 }, code).toEqual({ viaGroups: 0, global: 0 });
    }
  });

  it("leave drafts out", async () => {
    const link = await prisma.initiativeCountry.findFirstOrThrow({ where: { countryCode: "KE", initiative: published }, select: { initiativeId: true } });
    const before = (await countryCounts("en")).find((row) => row.code === "KE")!;
    await prisma.initiative.update({ where: { id: link.initiativeId }, data: { status: "draft" } });
    try {
      const after = (await countryCounts("en")).find((row) => row.code === "KE")!;
      expect(after.direct).toBe(before.direct - 1);
      expect(after.reached).toBe(before.reached - 1);
      expect(after.viaGroups).toBe(before.viaGroups);
    } finally {
      await prisma.initiative.update({ where: { id: link.initiativeId }, data: { status: "published" } });
    }
  });

  it("search names in every language and sort by count", async () => {
    expect((await countryCounts("en", { q: "ケニア" })).map((row) => row.code)).toEqual(["KE"]);
    expect((await countryCounts("ja", { q: "kenya" })).map((row) => row.code)).toEqual(["KE"]);
    expect(await countryCounts("en", { q: "%" })).toEqual([]);
    const sorted = await countryCounts("en", { sort: "count" });
    for (let i = 1; i < sorted.length; i++) expect(sorted[i - 1].reached).toBeGreaterThanOrEqual(sorted[i].reached);
  });

  it("search by aliases, without accents, in any locale (issue 8)", async () => {
    const codes = async (locale: "ja" | "en" | "fr", q: string) => (await countryCounts(locale, { q })).map((row) => row.code);
    expect(await codes("en", "Vietnam")).toEqual(["VN"]);
    expect(await codes("fr", "Viêt Nam")).toEqual(["VN"]);
    expect(await codes("en", "Ivory")).toEqual(["CI"]);
    expect(await codes("fr", "Cote")).toEqual(["CI"]);
    expect(await codes("en", "USA")).toContain("US");
    expect(await codes("ja", "Britain")).toContain("GB");
    expect(await codes("fr", "Corée")).toContain("KR");
  });

  it("group countries under their continent", async () => {
    const regions = await countriesByRegion("en");
    const africa = regions.find((group) => group.region.slug === "africa");
    expect(africa?.countries.some((row) => row.code === "KE")).toBe(true);
    expect(regions.map((group) => group.region.slug)).toEqual(expect.arrayContaining(["africa", "americas", "asia", "europe", "oceania"]));
  });
});

describe("country detail", () => {
  it("separates direct initiatives from those reaching the country through groups, naming the groups", async () => {
    const detail = (await getCountryDetail("ke", "fr"))!;
    expect(detail.code).toBe("KE");
    const want = (await reachByCountry()).get("KE")!;
    await expectNewestOf(detail.direct, want.direct, "direct");
    await expectNewestOf(detail.viaGroups, want.group, "via groups");
    await expectNewestOf(detail.global, want.global, "global");
    const directIds = want.direct;
    for (const ref of detail.viaGroups.items) {
      expect(directIds.has(ref.id)).toBe(false);
      expect(ref.via.length).toBeGreaterThan(0);
      for (const group of ref.via) {
        const member = await prisma.groupMember.findFirst({ where: { countryCode: "KE", group: { slug: group.slug } } });
        expect(member, group.slug).not.toBeNull();
      }
    }
  });

  it("draws one timeline bar per received initiative up to a limit, and initiatives per start year always", async () => {
    const reach = await reachByCountry();
    const byCount = [...reach].map(([code, r]) => ({ code, received: new Set([...r.direct, ...r.group]) })).sort((a, b) => b.received.size - a.received.size);
    const small = byCount.find((c) => c.received.size > 0 && c.received.size <= TIMELINE_LIMIT)!;
    const detail = (await getCountryDetail(small.code, "en"))!;
    expect(new Set(detail.timeline!.map((ref) => ref.id))).toEqual(small.received);
    for (const ref of detail.timeline!) expect(ref.series, String(ref.id)).toBe(reach.get(small.code)!.direct.has(ref.id) ? 0 : 1);
    const years = await prisma.initiative.groupBy({ by: ["startYear"], where: { id: { in: [...small.received] }, startYear: { not: null } }, _count: true });
    expect(Object.fromEntries(detail.startYears)).toEqual(Object.fromEntries(years.map((row) => [String(row.startYear), row._count])));
  });

  it("counts donors and themes of the initiatives naming it, like the catalogue's default filter", async () => {
    const detail = (await getCountryDetail("KE", "en"))!;
    for (const donor of detail.donors.slice(0, 5)) {
      const count = await prisma.initiative.count({
        where: { AND: [directWhere("KE"), { organisations: { some: { column: "donor", organisation: { slug: donor.slug } } } }] },
      });
      expect(donor.count, donor.slug).toBe(count);
    }
    for (const theme of detail.themes) {
      const count = await prisma.initiative.count({
        where: { AND: [directWhere("KE"), { themes: { some: { theme: { OR: [{ slug: theme.slug }, { parentSlug: theme.slug }] } } } }] },
      });
      expect(theme.count, theme.slug).toBe(count);
    }
  });

  it("lists initiatives where the country is a donor and its GGE memberships", async () => {
    const detail = (await getCountryDetail("JP", "ja"))!;
    const asDonor = (await reachByCountry()).get("JP")!.asDonor;
    await expectNewestOf(detail.asDonor, asDonor, "as donor");
    for (const theme of detail.asDonorThemes) {
      const count = await prisma.initiative.count({
        where: { id: { in: [...asDonor] }, themes: { some: { theme: { OR: [{ slug: theme.slug }, { parentSlug: theme.slug }] } } } },
      });
      expect(theme.count, theme.slug).toBe(count);
    }
    expect(asDonor.size).toBeGreaterThan(0);
    const sessions = await prisma.ggeSessionMember.findMany({ where: { countryCode: "JP" }, select: { session: { select: { slug: true } } } });
    expect(detail.gge.map((s) => s.slug).sort()).toEqual(sessions.map((s) => s.session.slug).sort());
    expect(detail.approaches.map((a) => a.slug)).toEqual(["japan-proposed-model"]);
    expect((await getCountryDetail("KE", "en"))!.approaches).toEqual([]);
  });

  it("returns null for unknown or malformed codes", async () => {
    for (const code of ["XX", "K", "KEN", "1A", "", "ke%"]) expect(await getCountryDetail(code, "en"), code).toBeNull();
  });
});
