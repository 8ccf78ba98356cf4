import { Bitset } from "./bitset";
import { UNINHABITED_TERRITORIES, type Names, type ReferenceData } from "./reference-data";
import type { Locale } from "../validations/common";

/** Facet keys the index keeps a posting set for (each value → the initiatives carrying it). */
export const INDEX_KEYS = [
  "country",
  "countryGroup",
  "countryGlobal",
  "region",
  "donor",
  "partner",
  "funder",
  "donorCountry",
  "theme",
  "target",
  "startYear",
] as const;
export type IndexKey = (typeof INDEX_KEYS)[number];
export type IndexValues = Record<IndexKey, string[]>;

/** The rows of one initiative that the index derives its facet values from. */
export type InitiativeRows = {
  id: number;
  slug: string;
  status: string;
  originalLocale: string;
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  sourceDocumentId: number;
  names: { locale: string; name: string | null }[];
  countries: string[];
  groups: number[];
  organisations: { organisationId: number; column: string; funding: boolean; iatiRole: number | null }[];
  themes: number[];
  targets: number[];
};

export type IndexedInitiative = {
  id: number;
  slug: string;
  published: boolean;
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  /** Last year the initiative is known to run: its end year, or for "ongoing" the year of its source. */
  knownUntil: number | null;
  /** Names by locale (only the locales it has) and the locale it was written in. */
  names: Partial<Record<Locale, string>>;
  originalLocale: Locale;
  /** Date of the source document (an "ongoing" initiative is known to be so as of then). */
  sourceDate: string;
  sortName: Names;
  groups: number[];
  values: IndexValues;
};

/** Year of a source's date ("2018-03", "2024-05-22"): an ongoing initiative is known to run until then. */
export function sourceYear(date: string | undefined): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

export function deriveInitiative(rows: InitiativeRows, ref: ReferenceData): IndexedInitiative {
  const direct = [...new Set(rows.countries)];
  const directSet = new Set(direct);
  const viaGroup = new Set<string>();
  const viaGlobal = new Set<string>();
  const regions = new Set<string>();
  for (const groupId of rows.groups) {
    const group = ref.groups.get(groupId);
    if (!group) continue;
    for (const code of ref.groupReach.get(groupId) ?? []) if (!directSet.has(code)) (group.global ? viaGlobal : viaGroup).add(code);
    for (const ancestor of ref.groupAncestors.get(groupId) ?? []) regions.add(ref.groups.get(ancestor)!.slug);
  }
  for (const code of viaGroup) viaGlobal.delete(code);
  for (const code of direct) for (const groupId of ref.countryGroups.get(code) ?? []) regions.add(ref.groups.get(groupId)!.slug);

  const organisations = rows.organisations.map((link) => ({ ...link, org: ref.organisations.get(link.organisationId) })).filter((link) => link.org);
  const slugs = (filter: (link: (typeof organisations)[number]) => boolean) => [...new Set(organisations.filter(filter).map((link) => link.org!.slug))];
  const isFunder = (link: { funding: boolean; iatiRole: number | null }) => link.funding || link.iatiRole === 1;
  const donorCountries = new Set(
    organisations.filter((link) => (link.column === "donor" || isFunder(link)) && link.org!.countryCode).map((link) => link.org!.countryCode!),
  );
  const themes = new Set<string>();
  for (const themeId of rows.themes) {
    const theme = ref.themes.get(themeId);
    if (!theme) continue;
    themes.add(theme.slug);
    if (theme.parentSlug) themes.add(theme.parentSlug);
  }
  const byLocale = new Map(rows.names.filter((n) => n.name).map((n) => [n.locale, n.name!]));
  const sortName = (locale: Locale) => (byLocale.get(locale) ?? byLocale.get(rows.originalLocale) ?? byLocale.values().next().value ?? rows.slug).toLowerCase();
  const untilSource = rows.ongoing ? sourceYear(ref.sourceDates.get(rows.sourceDocumentId)) : null;
  const knownUntil = rows.endYear ?? (rows.ongoing ? Math.max(untilSource ?? rows.startYear ?? 0, rows.startYear ?? 0) || null : rows.startYear);

  return {
    id: rows.id,
    slug: rows.slug,
    published: rows.status === "published",
    startYear: rows.startYear,
    endYear: rows.endYear,
    ongoing: rows.ongoing,
    knownUntil,
    names: Object.fromEntries(byLocale) as Partial<Record<Locale, string>>,
    originalLocale: rows.originalLocale as Locale, // validated on write (localeSchema)
    sourceDate: ref.sourceDates.get(rows.sourceDocumentId) ?? "",
    sortName: { ja: sortName("ja"), en: sortName("en"), fr: sortName("fr") },
    groups: [...new Set(rows.groups)],
    values: {
      country: direct,
      countryGroup: [...viaGroup].filter((code) => !UNINHABITED_TERRITORIES.has(code)),
      countryGlobal: [...viaGlobal].filter((code) => !UNINHABITED_TERRITORIES.has(code)),
      region: [...regions],
      donor: slugs((link) => link.column === "donor"),
      partner: slugs((link) => link.column === "partner"),
      funder: slugs(isFunder),
      donorCountry: [...donorCountries],
      theme: [...themes],
      target: rows.targets.map((id) => ref.targets.get(id)?.slug).filter((slug): slug is string => Boolean(slug)),
      startYear: rows.startYear === null ? [] : [String(rows.startYear)],
    },
  };
}

export type SortKey = "name" | "newest" | "oldest";

/**
 * Every initiative of the catalogue with the sets of initiatives carrying each facet value.
 * Filters are unions and intersections of those sets, and a facet count is the size of an
 * intersection, so counts are exact and cost the same whatever the filters.
 */
export class CatalogueIndex {
  readonly records: (IndexedInitiative | undefined)[] = [];
  readonly slotById = new Map<number, number>();
  readonly published = new Bitset();
  readonly postings = new Map<IndexKey, Map<string, Bitset>>(INDEX_KEYS.map((key) => [key, new Map()]));
  private freeSlots: number[] = [];
  private orders = new Map<string, Int32Array>();

  constructor(readonly reference: ReferenceData) {}

  get capacity() {
    return this.records.length;
  }

  posting(key: IndexKey, value: string): Bitset | undefined {
    return this.postings.get(key)!.get(value);
  }

  upsert(record: IndexedInitiative) {
    this.remove(record.id);
    const slot = this.freeSlots.pop() ?? this.records.length;
    this.records[slot] = record;
    this.slotById.set(record.id, slot);
    if (record.published) this.published.add(slot);
    for (const key of INDEX_KEYS) {
      const postings = this.postings.get(key)!;
      for (const value of record.values[key]) {
        let set = postings.get(value);
        if (!set) postings.set(value, (set = new Bitset(this.records.length)));
        set.add(slot);
      }
    }
    this.orders.clear();
  }

  remove(id: number) {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    const record = this.records[slot]!;
    for (const key of INDEX_KEYS) for (const value of record.values[key]) this.postings.get(key)!.get(value)?.delete(slot);
    this.published.delete(slot);
    this.records[slot] = undefined;
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    this.orders.clear();
  }

  /** Union of the posting sets of several values (a repeated filter means any of its values). */
  anyOf(key: IndexKey, values: string[]): Bitset {
    const result = new Bitset(this.capacity);
    for (const value of values) {
      const set = this.posting(key, value);
      if (set) result.or(set);
    }
    return result;
  }

  /** Slots of every initiative, in a sort order (lazily built, kept until the next change). */
  order(sort: SortKey, locale: Locale): Int32Array {
    const cacheKey = `${sort}:${locale}`;
    let order = this.orders.get(cacheKey);
    if (order) return order;
    const slots: number[] = [];
    this.records.forEach((record, slot) => record && slots.push(slot));
    const record = (slot: number) => this.records[slot]!;
    const byName = (a: number, b: number) => compareText(record(a).sortName[locale], record(b).sortName[locale]) || record(a).id - record(b).id;
    const byYear = (direction: 1 | -1) => (a: number, b: number) => {
      const ya = record(a).startYear;
      const yb = record(b).startYear;
      if (ya === null || yb === null) return ya === yb ? byName(a, b) : ya === null ? 1 : -1;
      return (ya - yb) * direction || byName(a, b);
    };
    slots.sort(sort === "name" ? byName : byYear(sort === "newest" ? -1 : 1));
    order = Int32Array.from(slots);
    this.orders.set(cacheKey, order);
    return order;
  }
}

function compareText(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
