import { Bitset } from "./bitset";
import type { CatalogueIndex, IndexKey } from "./catalogue-index";
import { countValues } from "./run-search";
import type { Locale } from "../validations/common";

/** A published initiative as a list entry: name in the page's locale, else its original locale. */
export type InitiativeRef = {
  id: number;
  slug: string;
  name: string;
  lang: Locale;
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  sourceDate: string;
};

/** Published initiatives carrying any of some facet values (e.g. a country at one reach tier). */
export function publishedWith(index: CatalogueIndex, keys: IndexKey[], values: string[]): Bitset {
  const result = new Bitset(index.capacity);
  for (const key of keys) result.or(index.anyOf(key, values));
  return result.and(index.published);
}

/** The first entries of a list and the size of the whole list (the rest is one catalogue link away). */
export type RefList<T extends InitiativeRef = InitiativeRef> = { items: T[]; total: number };

/** How many initiatives a browse page lists before it sends the reader to the catalogue for the rest. */
export const REF_LIST_LIMIT = 20;

/** The newest initiatives of a set (the catalogue's default order) as list entries, with the set's size. */
export function refsOf(index: CatalogueIndex, set: Bitset, locale: Locale, limit = REF_LIST_LIMIT): RefList {
  const refs: InitiativeRef[] = [];
  const order = index.order("newest", locale);
  for (let i = 0; i < order.length && refs.length < limit; i++) {
    const slot = order[i]!;
    if (!set.has(slot)) continue;
    const records = index.records;
    const original = records.originalLocale(slot);
    const lang =
      records.name(slot, locale) !== undefined ? locale : records.name(slot, original) !== undefined ? original : (records.firstNameLocale(slot) ?? locale);
    refs.push({
      id: records.id(slot),
      slug: records.slug(slot),
      name: records.name(slot, lang) ?? records.slug(slot),
      lang,
      startYear: records.startYear(slot),
      endYear: records.endYear(slot),
      ongoing: records.ongoing(slot),
      sourceDate: records.sourceDate(slot),
    });
  }
  return { items: refs, total: set.size() };
}

export type ThemeCount = { slug: string; name: string; gfceCode: string | null; count: number };

/** Top-level GFCE themes with how many initiatives of a set carry the theme or one of its sub-themes. */
export function topThemeCounts(index: CatalogueIndex, set: Bitset, locale: Locale): ThemeCount[] {
  const counts = countValues(index, ["theme"], set);
  return [...index.reference.themes.values()]
    .filter((theme) => !theme.parentSlug)
    .sort((a, b) => a.position - b.position)
    .map((theme) => ({ slug: theme.slug, name: theme.names[locale], gfceCode: theme.gfceCode, count: counts.get(theme.slug) ?? 0 }))
    .filter((theme) => theme.count > 0);
}

/** For each value of some keys, the number of published initiatives carrying it (exact, from the postings). */
export function publishedCounts(index: CatalogueIndex, keys: IndexKey[]): Map<string, number> {
  return countValues(index, keys, index.published);
}
