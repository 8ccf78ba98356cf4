import "server-only";
import { prisma } from "./client";
import { pickText } from "./localized";
import { currentIndex } from "../search/index-store";
import { publishedCounts } from "../search/browse";
import type { Locale } from "../validations/common";

export type CountItem = { key: string; label: string; value: number };

/**
 * Published initiatives per GFCE theme, counting an initiative once whether it carries the theme
 * or one of its sub-themes (the same rule as the catalogue's `theme` filter).
 */
export async function initiativesByTheme(locale: Locale): Promise<CountItem[]> {
  const index = await currentIndex();
  const counts = publishedCounts(index, ["theme"]);
  return [...index.reference.themes.values()]
    .filter((theme) => !theme.parentSlug)
    .sort((a, b) => a.position - b.position)
    .map((theme) => ({ key: theme.slug, label: theme.names[locale], value: counts.get(theme.slug) ?? 0 }));
}

/** Published initiatives per known start year, oldest first (unknown years are counted apart). */
export async function initiativesByStartYear() {
  const index = await currentIndex();
  const years = [...publishedCounts(index, ["startYear"])]
    .map(([year, value]) => ({ key: year, label: year, value }))
    .sort((a, b) => Number(a.key) - Number(b.key));
  const known = years.reduce((sum, year) => sum + year.value, 0);
  return { years, unknown: index.published.size() - known };
}

function ranked(counts: Map<string, number>, label: (key: string) => string | undefined, limit: number): CountItem[] {
  return [...counts]
    .map(([key, value]) => ({ key, label: label(key) ?? key, value }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/** Organisations named as donor (the source's donor column) on the most published initiatives. */
export async function topDonors(locale: Locale, limit = 10): Promise<CountItem[]> {
  const index = await currentIndex();
  return ranked(publishedCounts(index, ["donor"]), (slug) => index.reference.organisationsBySlug.get(slug)?.names[locale], limit);
}

/** Countries named as recipients by the most published initiatives (direct reach, the portal's default). */
export async function topRecipientCountries(locale: Locale, limit = 10): Promise<CountItem[]> {
  const index = await currentIndex();
  return ranked(publishedCounts(index, ["country"]), (code) => index.reference.countries.get(code)?.names[locale], limit);
}

/** The most recently added published initiatives (ties in the seed broken by appendix row). */
export async function latestInitiatives(locale: Locale, limit = 6) {
  const items = await prisma.initiative.findMany({
    where: { status: "published" },
    orderBy: [{ createdAt: "desc" }, { appendixRow: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true,
      originalLocale: true,
      startYear: true,
      endYear: true,
      ongoing: true,
      createdAt: true,
      source: { select: { date: true } },
      texts: { select: { locale: true, name: true, summary: true } },
    },
  });
  return items.map((item) => {
    const original = item.originalLocale as Locale;
    const field = (key: "name" | "summary") => Object.fromEntries(item.texts.map((t) => [t.locale, t[key]]));
    return {
      slug: item.slug,
      createdAt: item.createdAt,
      period: { startYear: item.startYear, endYear: item.endYear, ongoing: item.ongoing, sourceDate: item.source.date },
      name: pickText(field("name"), locale, original) ?? { text: item.slug, locale, isFallback: false },
      summary: pickText(field("summary"), locale, original),
    };
  });
}
