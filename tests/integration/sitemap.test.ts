import { describe, expect, it } from "vitest";

const { prisma } = await import("../../lib/db/client");
const { sitemapFiles, sitemapPages, SITEMAP_PAGES_PER_FILE } = await import("../../lib/db/sitemap");

async function allPages(perFile: number) {
  const { count } = await sitemapFiles(perFile);
  const files = [];
  for (let file = 0; file < count; file++) files.push((await sitemapPages(file, perFile))!);
  return { count, files };
}

describe("sitemap files", () => {
  it("list every public page exactly once, however the pages are split across files", async () => {
    const initiatives = await prisma.initiative.findMany({ where: { status: "published" }, select: { slug: true, updatedAt: true } });
    const organisations = await prisma.organisation.count({ where: { initiatives: { some: { initiative: { status: "published" } } } } });
    const [countries, themes, documents] = await Promise.all([prisma.country.count(), prisma.theme.count(), prisma.ggeDocument.count()]);
    const expectedTotal = 8 + countries + organisations + themes + documents + initiatives.length;
    const whole = await allPages(SITEMAP_PAGES_PER_FILE);
    expect(whole.count).toBe(1);
    for (const perFile of [50, 97, expectedTotal - 1]) {
      const split = await allPages(perFile);
      expect(split.count).toBe(Math.ceil(expectedTotal / perFile));
      expect(split.files.slice(0, -1).every((pages) => pages.length === perFile)).toBe(true);
      const paths = split.files.flat().map((page) => page.path);
      expect(paths).toEqual(whole.files[0]!.map((page) => page.path));
      expect(new Set(paths).size).toBe(expectedTotal);
      expect(await sitemapPages(split.count, perFile)).toBeNull();
    }
    const updated = new Map(whole.files[0]!.map((page) => [page.path, page.lastModified?.getTime()]));
    for (const initiative of initiatives) expect(updated.get(`/initiatives/${initiative.slug}`)).toBe(initiative.updatedAt.getTime());
    expect(whole.files[0]!.some((page) => page.path === "/countries/KE")).toBe(true);
  });
});
