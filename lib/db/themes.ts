import "server-only";
import type { Locale } from "../validations/common";
import { currentIndex } from "../search/index-store";
import { publishedCounts, publishedWith, refsOf } from "../search/browse";
import { countValues } from "../search/run-search";

export type ThemeCount = { slug: string; name: string; gfceCode: string | null; parentSlug: string | null; count: number };

/** Published initiatives per theme, a theme counting its sub-themes' initiatives (as the catalogue's filter does). */
export async function themeCounts(locale: Locale): Promise<ThemeCount[]> {
  const index = await currentIndex();
  const counts = publishedCounts(index, ["theme"]);
  return [...index.reference.themes.values()]
    .sort((a, b) => a.position - b.position)
    .map((t) => ({ slug: t.slug, name: t.names[locale], gfceCode: t.gfceCode, parentSlug: t.parentSlug, count: counts.get(t.slug) ?? 0 }));
}

/** The five GFCE themes, each with its sub-themes. */
export async function themeTree(locale: Locale) {
  const themes = await themeCounts(locale);
  return themes.filter((theme) => !theme.parentSlug).map((theme) => ({ ...theme, children: themes.filter((child) => child.parentSlug === theme.slug) }));
}

const LIMIT = 12;

export async function getThemeDetail(slug: string, locale: Locale) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  const themes = await themeCounts(locale);
  const theme = themes.find((candidate) => candidate.slug === slug);
  if (!theme) return null;
  const index = await currentIndex();
  const set = publishedWith(index, ["theme"], [slug]);
  const ranked = (counts: Map<string, number>, name: (key: string) => string | undefined) =>
    [...counts]
      .map(([key, count]) => ({ key, name: name(key) ?? key, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale))
      .slice(0, LIMIT);
  return {
    ...theme,
    parent: themes.find((candidate) => candidate.slug === theme.parentSlug) ?? null,
    children: themes.filter((child) => child.parentSlug === slug),
    initiatives: refsOf(index, set, locale),
    donors: ranked(countValues(index, ["donor"], set), (key) => index.reference.organisationsBySlug.get(key)?.names[locale]),
    // Countries the theme's initiatives name (direct reach: each count equals the catalogue link country + theme).
    recipients: ranked(countValues(index, ["country"], set), (key) => index.reference.countries.get(key)?.names[locale]),
  };
}
