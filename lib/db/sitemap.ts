import "server-only";
import { prisma } from "./client";

export type SitemapPage = { path: string; lastModified?: Date };

/** Every public page (without locale prefix): lists, each published initiative, country, organisation, theme and GGE document. */
export async function publicPages(): Promise<SitemapPage[]> {
  const published = { initiatives: { some: { initiative: { status: "published" } } } } as const;
  const [initiatives, countries, organisations, themes, documents] = await Promise.all([
    prisma.initiative.findMany({ where: { status: "published" }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    prisma.country.findMany({ select: { code: true }, orderBy: { code: "asc" } }),
    prisma.organisation.findMany({ where: published, select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.theme.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
    prisma.ggeDocument.findMany({ select: { slug: true }, orderBy: { slug: "asc" } }),
  ]);
  const lastModified = initiatives.reduce<Date | undefined>((latest, i) => (!latest || i.updatedAt > latest ? i.updatedAt : latest), undefined);
  return [
    ...["/", "/initiatives", "/countries", "/organisations", "/themes", "/gge", "/gge/compare", "/about"].map((path) => ({ path, lastModified })),
    ...initiatives.map((i) => ({ path: `/initiatives/${i.slug}`, lastModified: i.updatedAt })),
    ...countries.map((c) => ({ path: `/countries/${c.code}` })),
    ...organisations.map((o) => ({ path: `/organisations/${o.slug}` })),
    ...themes.map((t) => ({ path: `/themes/${t.slug}` })),
    ...documents.map((d) => ({ path: `/gge/${d.slug}` })),
  ];
}
