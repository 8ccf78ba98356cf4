import "server-only";
import { prisma } from "./client";
import { localName } from "./localized";
import { listOrganisationOptions } from "./admin-organisations";
import { countrySearchEntry } from "../search/aliases";
import type { Locale } from "../validations/common";

export type FormOptions = Awaited<ReturnType<typeof getFormOptions>>;

/** Everything the initiative form offers to choose from, named in the page's locale. */
export async function getFormOptions(locale: Locale) {
  const [organisations, groups, themes, targetGroups, sources, countries] = await Promise.all([
    listOrganisationOptions(locale),
    prisma.group.findMany({ select: { slug: true, kind: true, acronym: true, nameJa: true, nameEn: true, nameFr: true } }),
    prisma.theme.findMany({ orderBy: { position: "asc" }, select: { slug: true, parentSlug: true, nameJa: true, nameEn: true, nameFr: true } }),
    prisma.targetGroup.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameJa: true, nameEn: true, nameFr: true } }),
    prisma.sourceDocument.findMany({ orderBy: { date: "desc" }, select: { slug: true, titleJa: true, titleEn: true, titleFr: true, date: true } }),
    prisma.country.findMany({ select: { code: true, nameJa: true, nameEn: true, nameFr: true } }),
  ]);
  const collator = new Intl.Collator(locale);
  const named = <T extends { slug: string; nameJa: string; nameEn: string; nameFr: string }>(row: T) => ({ slug: row.slug, name: localName(row, locale) });
  return {
    organisations,
    // Each country with the folded keys of its names and aliases, for the client-side finder.
    countries: countries
      .map((c) => countrySearchEntry(c.code, locale, { name: localName(c, locale), names: [c.nameJa, c.nameEn, c.nameFr] }))
      .sort((a, b) => collator.compare(a.name, b.name)),
    regions: groups
      .filter((g) => g.kind === "m49-region")
      .map(named)
      .sort((a, b) => collator.compare(a.name, b.name)),
    groups: groups
      .filter((g) => g.kind !== "m49-region")
      .map(named)
      .sort((a, b) => collator.compare(a.name, b.name)),
    themes: themes.map((t) => ({ ...named(t), child: Boolean(t.parentSlug) })),
    targetGroups: targetGroups.map(named),
    sources: sources.map((s) => ({ slug: s.slug, title: locale === "ja" ? s.titleJa : locale === "fr" ? s.titleFr : s.titleEn, date: s.date })),
  };
}
