import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { expectNewestOf } from "./ref-list-expectations";
import { getThemeDetail, themeTree } from "../../lib/db/themes";

afterAll(() => prisma.$disconnect());

const withTheme = (slug: string) => ({ status: "published", themes: { some: { theme: { OR: [{ slug }, { parentSlug: slug }] } } } });

describe("theme counts", () => {
  it("give the five GFCE themes with their sub-themes and catalogue-equivalent counts", async () => {
    const tree = await themeTree("ja");
    expect(tree.map((theme) => theme.gfceCode)).toEqual(["A", "B", "C", "D", "E"]);
    for (const theme of tree) {
      expect(theme.count, theme.slug).toBe(await prisma.initiative.count({ where: withTheme(theme.slug) }));
      expect(theme.children.length).toBeGreaterThan(0);
      for (const child of theme.children) {
        expect(child.count, child.slug).toBe(await prisma.initiative.count({ where: withTheme(child.slug) }));
        expect(child.count).toBeLessThanOrEqual(theme.count);
      }
    }
  });
});

describe("theme detail", () => {
  it("lists its initiatives, leading donors and recipients", async () => {
    const theme = (await getThemeDetail("cybercrime", "en"))!;
    const ids = (await prisma.initiative.findMany({ where: withTheme("cybercrime"), select: { id: true } })).map((row) => row.id);
    await expectNewestOf(theme.initiatives, new Set(ids), "cybercrime");
    expect(theme.initiatives.total).toBe(theme.count);
    expect(theme.initiatives.items.length, "a long list is cut, the rest is in the catalogue").toBeLessThan(theme.count);
    expect(theme.children.map((child) => child.parentSlug)).toEqual(theme.children.map(() => "cybercrime"));
    const donor = theme.donors[0];
    expect(donor.count).toBe(
      await prisma.initiative.count({ where: { ...withTheme("cybercrime"), organisations: { some: { column: "donor", organisation: { slug: donor.key } } } } }),
    );
    const country = theme.recipients[0];
    expect(country.count).toBe(
      await prisma.initiative.count({
        where: { ...withTheme("cybercrime"), countries: { some: { countryCode: country.key } } },
      }),
    );
    for (let i = 1; i < theme.donors.length; i++) expect(theme.donors[i - 1].count).toBeGreaterThanOrEqual(theme.donors[i].count);
  });

  it("links a sub-theme to its parent and returns null for unknown slugs", async () => {
    expect((await getThemeDetail("law-enforcement-capacity", "fr"))?.parent?.slug).toBe("cybercrime");
    expect(await getThemeDetail("no-such-theme", "en")).toBeNull();
    expect(await getThemeDetail("Cybercrime", "en")).toBeNull();
  });
});
