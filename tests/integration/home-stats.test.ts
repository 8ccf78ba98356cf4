import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { initiativesByStartYear, initiativesByTheme, latestInitiatives, topDonors, topRecipientCountries } from "../../lib/db/home";
import { searchInitiatives } from "../../lib/db/initiative-search";
import { initiativeSearchSchema } from "../../lib/validations/search";

afterAll(() => prisma.$disconnect());

/** The number of results the catalogue shows for a filter: what a chart bar's link lands on. */
const catalogueTotal = async (filter: Record<string, unknown>) => (await searchInitiatives(prisma, initiativeSearchSchema.parse(filter))).total;

describe("home chart data", () => {
  it("counts initiatives per GFCE theme, sub-themes included, as the catalogue's theme filter does", async () => {
    const themes = await initiativesByTheme("fr");
    const parents = await prisma.theme.findMany({ where: { parentSlug: null }, orderBy: { position: "asc" } });
    expect(themes.map((t) => t.key)).toEqual(parents.map((p) => p.slug));
    expect(themes[0].label).toBe(parents[0].nameFr);
    for (const theme of themes) {
      const independent = await prisma.initiative.count({
        where: { status: "published", themes: { some: { theme: { OR: [{ slug: theme.key }, { parentSlug: theme.key }] } } } },
      });
      expect(theme.value, theme.key).toBe(independent);
      expect(await catalogueTotal({ theme: theme.key })).toBe(theme.value);
    }
    expect(themes.some((t) => t.value > 0)).toBe(true);
  });

  it("counts initiatives per known start year", async () => {
    const { years, unknown } = await initiativesByStartYear();
    const grouped = await prisma.initiative.groupBy({
      by: ["startYear"],
      where: { status: "published" },
      _count: { _all: true },
      orderBy: { startYear: "asc" },
    });
    expect(years).toEqual(
      grouped.filter((g) => g.startYear !== null).map((g) => ({ key: String(g.startYear), label: String(g.startYear), value: g._count._all })),
    );
    expect(unknown).toBe(grouped.find((g) => g.startYear === null)?._count._all ?? 0);
    // The catalogue's period filter finds at least the initiatives that started that year.
    for (const year of years.slice(-3)) expect(await catalogueTotal({ started: year.key })).toBe(year.value);
  });

  it("ranks donors by the initiatives that name them in the donor column", async () => {
    const donors = await topDonors("en", 10);
    expect(donors).toHaveLength(10);
    for (const donor of donors) {
      const independent = await prisma.initiative.count({
        where: { status: "published", organisations: { some: { column: "donor", organisation: { slug: donor.key } } } },
      });
      expect(donor.value, donor.key).toBe(independent);
      expect(await catalogueTotal({ donor: donor.key })).toBe(donor.value);
    }
    for (let i = 1; i < donors.length; i++) expect(donors[i - 1].value).toBeGreaterThanOrEqual(donors[i].value);
    // Nobody left out has more initiatives than the last one shown.
    const all = await prisma.initiativeOrganisation.groupBy({
      by: ["organisationId"],
      where: { column: "donor", initiative: { status: "published" } },
      _count: { initiativeId: true },
    });
    const max = Math.max(...all.map((row) => row._count.initiativeId));
    expect(donors[0].value).toBe(max);
  });

  it("ranks recipient countries by the initiatives that name them (direct reach)", async () => {
    const countries = await topRecipientCountries("ja", 10);
    expect(countries).toHaveLength(10);
    for (const country of countries) {
      const independent = await prisma.initiative.count({
        where: {
          status: "published",
          countries: { some: { countryCode: country.key } },
        },
      });
      expect(country.value, country.key).toBe(independent);
      expect(await catalogueTotal({ country: country.key })).toBe(country.value);
    }
    const japanese = await prisma.country.findUnique({ where: { code: countries[0].key } });
    expect(countries[0].label).toBe(japanese?.nameJa);
  });

  it("leaves drafts out of every count and of the latest additions", async () => {
    const [donor] = await topDonors("en", 1);
    const target = await prisma.initiative.findFirstOrThrow({
      where: { status: "published", organisations: { some: { column: "donor", organisation: { slug: donor.key } } } },
      orderBy: { createdAt: "desc" },
    });
    await prisma.initiative.update({ where: { id: target.id }, data: { status: "draft", createdAt: new Date(Date.now() + 60_000) } });
    try {
      const after = (await topDonors("en", 1000)).find((d) => d.key === donor.key);
      expect(after?.value).toBe(donor.value - 1);
      const themes = await initiativesByTheme("en");
      const total = await prisma.initiative.count({ where: { status: "published", themes: { some: {} } } });
      expect(Math.max(...themes.map((t) => t.value))).toBeLessThanOrEqual(total);
      const latest = await latestInitiatives("en", 6);
      expect(latest.map((i) => i.slug)).not.toContain(target.slug);
    } finally {
      await prisma.initiative.update({ where: { id: target.id }, data: { status: "published", createdAt: target.createdAt } });
    }
  });

  it("lists the latest additions newest first, with a name in the requested locale", async () => {
    const latest = await latestInitiatives("fr", 6);
    const independent = await prisma.initiative.findMany({
      where: { status: "published" },
      orderBy: [{ createdAt: "desc" }, { appendixRow: "desc" }, { id: "desc" }],
      take: 6,
      select: { slug: true },
    });
    expect(latest.map((i) => i.slug)).toEqual(independent.map((i) => i.slug));
    for (const item of latest) expect(item.name.text.length).toBeGreaterThan(0);
  });
});
