import "server-only";
import { prisma } from "./client";
import { loadInitiativeInput } from "./initiative-input";

const IATI_ROLE_NAMES = { 1: "Funding", 2: "Accountable", 3: "Extending", 4: "Implementing" } as const;

/** A published initiative with all its translations and the names of what it links to (public API). */
export async function getInitiativeRecord(slug: string) {
  const input = await loadInitiativeInput(prisma, slug);
  if (!input || input.status !== "published") return null;
  const [organisations, countries, groups, themes, targetGroups, source, meta] = await Promise.all([
    prisma.organisation.findMany({ where: { slug: { in: input.organisations.map((o) => o.org) } } }),
    prisma.country.findMany({ where: { code: { in: input.recipientCountries } } }),
    prisma.group.findMany({ where: { slug: { in: input.recipientGroups } } }),
    prisma.theme.findMany({ where: { slug: { in: input.themes } } }),
    prisma.targetGroup.findMany({ where: { slug: { in: input.targetGroups } } }),
    prisma.sourceDocument.findUnique({ where: { slug: input.source.document } }),
    prisma.initiative.findUnique({ where: { slug }, select: { createdAt: true, updatedAt: true } }),
  ]);
  const names = (row: { nameJa: string; nameEn: string; nameFr: string }) => ({ ja: row.nameJa, en: row.nameEn, fr: row.nameFr });
  const orgBySlug = new Map(organisations.map((o) => [o.slug, o]));
  const { version: _version, ...rest } = input;
  return {
    ...rest,
    organisations: input.organisations.map((link) => {
      const org = orgBySlug.get(link.org)!;
      return {
        slug: org.slug,
        acronym: org.acronym,
        type: org.type,
        country: org.countryCode,
        name: names(org),
        column: link.column,
        funding: link.funding,
        iatiRole: link.iatiRole ? { code: link.iatiRole, name: IATI_ROLE_NAMES[link.iatiRole] } : null,
      };
    }),
    recipientCountries: countries.map((c) => ({ code: c.code, name: names(c) })),
    recipientGroups: groups.map((g) => ({ slug: g.slug, kind: g.kind, name: names(g) })),
    themes: themes.map((t) => ({ slug: t.slug, parent: t.parentSlug, gfceCode: t.gfceCode, name: names(t) })),
    targetGroups: targetGroups.map((t) => ({ slug: t.slug, name: names(t) })),
    source: {
      ...input.source,
      title: source ? { ja: source.titleJa, en: source.titleEn, fr: source.titleFr } : null,
      author: source?.author ?? null,
      date: source?.date ?? null,
      url: source?.url ?? null,
    },
    createdAt: meta?.createdAt,
    updatedAt: meta?.updatedAt,
  };
}
