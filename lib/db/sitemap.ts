import "server-only";
import { prisma } from "./client";

export type SitemapPage = { path: string; lastModified?: Date };

/**
 * Pages per sitemap file. Each page is three URLs (one per locale) with their alternates: 15,000 URLs and
 * ~9 MB per file, well inside the protocol's 50,000 URLs and 50 MB (at 100,000 initiatives, one file of
 * every page was 167 MB and took 6 s).
 */
export const SITEMAP_PAGES_PER_FILE = 5_000;

const published = { status: "published" } as const;

/** When a published initiative last changed: the date of the lists, which show them all. */
async function latestUpdate(): Promise<Date | undefined> {
  const { _max } = await prisma.initiative.aggregate({ where: published, _max: { updatedAt: true } });
  return _max.updatedAt ?? undefined;
}

/** The public pages other than initiatives (without locale prefix): lists, countries, organisations, themes and GGE documents. */
async function referencePages(lastModified: Date | undefined): Promise<SitemapPage[]> {
  const [countries, organisations, themes, documents] = await Promise.all([
    prisma.country.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    prisma.organisation.findMany({ where: { initiatives: { some: { initiative: published } } }, select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.theme.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.ggeDocument.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  return [
    ...["/", "/initiatives", "/countries", "/organisations", "/themes", "/gge", "/gge/compare", "/about"].map((path) => ({ path, lastModified })),
    ...countries.map((c) => ({ path: `/countries/${c.code}` })),
    ...organisations.map((o) => ({ path: `/organisations/${o.slug}` })),
    ...themes.map((t) => ({ path: `/themes/${t.slug}` })),
    ...documents.map((d) => ({ path: `/gge/${d.slug}` })),
  ];
}

/** How many sitemap files the public pages fill, and when the data last changed (for the sitemap index). */
export async function sitemapFiles(perFile = SITEMAP_PAGES_PER_FILE): Promise<{ count: number; lastModified?: Date }> {
  const lastModified = await latestUpdate();
  const [reference, initiatives] = await Promise.all([referencePages(lastModified), prisma.initiative.count({ where: published })]);
  return { count: Math.max(1, Math.ceil((reference.length + initiatives) / perFile)), lastModified };
}

/** The pages of one sitemap file (the other pages first, then every published initiative by slug), or null past the last. */
export async function sitemapPages(file: number, perFile = SITEMAP_PAGES_PER_FILE): Promise<SitemapPage[] | null> {
  const reference = await referencePages(await latestUpdate());
  const start = file * perFile;
  const fromReference = reference.slice(start, start + perFile);
  const initiatives = await prisma.initiative.findMany({
    where: published,
    select: { slug: true, updatedAt: true },
    orderBy: { slug: "asc" },
    skip: Math.max(0, start - reference.length),
    take: perFile - fromReference.length,
  });
  if (file > 0 && !fromReference.length && !initiatives.length) return null;
  return [...fromReference, ...initiatives.map((i) => ({ path: `/initiatives/${i.slug}`, lastModified: i.updatedAt }))];
}
