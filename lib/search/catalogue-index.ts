import { Bitset } from "./bitset";
import { PostingSet } from "./posting-set";
import { RecordStore, type StoredKey } from "./record-store";
import { UNINHABITED_TERRITORIES, type ReferenceData } from "./reference-data";
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

/**
 * Keys worked out from an initiative's countries and groups when needed rather than stored: a global
 * programme reaches some 200 countries, and keeping those lists for every initiative cost most of the
 * index's memory (5.6 million entries at 100,000 initiatives).
 */
const DERIVED_KEYS = ["countryGroup", "countryGlobal", "region"] as const;
type DerivedKey = (typeof DERIVED_KEYS)[number];
export type StoredValues = Record<StoredKey, string[]>;
export const isDerived = (key: IndexKey): key is DerivedKey => (DERIVED_KEYS as readonly string[]).includes(key);

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
  updatedAt: Date;
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
  /** Names by locale (only the locales it has, in the order they were read) and the locale it was written in. */
  names: Partial<Record<Locale, string>>;
  originalLocale: Locale;
  /** Date of the source document (an "ongoing" initiative is known to be so as of then). */
  sourceDate: string;
  /** Last change to the record (milliseconds since the epoch). */
  updatedAt: number;
  groups: number[];
  values: StoredValues;
};

/** Year of a source's date ("2018-03", "2024-05-22"): an ongoing initiative is known to run until then. */
export function sourceYear(date: string | undefined): number | null {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}

/** Countries reached through groups and as global programmes (disjoint tiers, neither naming a direct country). */
function reachValues(direct: readonly string[], groups: readonly number[], ref: ReferenceData): Record<"countryGroup" | "countryGlobal", string[]> {
  const directSet = new Set(direct);
  const viaGroup = new Set<string>();
  const viaGlobal = new Set<string>();
  for (const groupId of groups) {
    const group = ref.groups.get(groupId);
    if (!group) continue;
    for (const code of ref.groupReach.get(groupId) ?? []) if (!directSet.has(code)) (group.global ? viaGlobal : viaGroup).add(code);
  }
  for (const code of viaGroup) viaGlobal.delete(code);
  return {
    countryGroup: [...viaGroup].filter((code) => !UNINHABITED_TERRITORIES.has(code)),
    countryGlobal: [...viaGlobal].filter((code) => !UNINHABITED_TERRITORIES.has(code)),
  };
}

/** The regions and groups an initiative concerns: those it names with their ancestors, and those of its countries. */
function regionValues(direct: readonly string[], groups: readonly number[], ref: ReferenceData): string[] {
  const regions = new Set<string>();
  for (const groupId of groups) {
    if (!ref.groups.has(groupId)) continue;
    for (const ancestor of ref.groupAncestors.get(groupId) ?? []) regions.add(ref.groups.get(ancestor)!.slug);
  }
  for (const code of direct) for (const groupId of ref.countryGroups.get(code) ?? []) regions.add(ref.groups.get(groupId)!.slug);
  return [...regions];
}

function derivedValues(direct: readonly string[], groups: readonly number[], ref: ReferenceData): Record<DerivedKey, string[]> {
  return { ...reachValues(direct, groups, ref), region: regionValues(direct, groups, ref) };
}

export function deriveInitiative(rows: InitiativeRows, ref: ReferenceData): IndexedInitiative {
  const direct = [...new Set(rows.countries)];
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
    updatedAt: rows.updatedAt.getTime(),
    groups: [...new Set(rows.groups)],
    values: {
      country: direct,
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
  /** The initiatives by slot, in columns (see RecordStore). */
  readonly records = new RecordStore();
  readonly slotById = new Map<number, number>();
  readonly published = new Bitset();
  readonly postings = new Map<IndexKey, Map<string, PostingSet>>(INDEX_KEYS.map((key) => [key, new Map()]));
  private slots = 0;
  private freeSlots: number[] = [];
  private orders = new Map<OrderKey, Int32Array>();
  /** Bumped by every change, so that what is derived from one state of the catalogue can tell it is stale. */
  generation = 0;

  constructor(readonly reference: ReferenceData) {}

  /** One more than the highest slot ever used: the size of every set of slots. */
  get capacity() {
    return this.slots;
  }

  posting(key: IndexKey, value: string): PostingSet | undefined {
    return this.postings.get(key)!.get(value);
  }

  /** The initiative in a slot, as given to `upsert`. */
  record(slot: number): IndexedInitiative | undefined {
    return this.records.get(slot);
  }

  /** The values of one facet key of the initiative in a slot (derived keys are computed on the spot). */
  valuesOf(slot: number, key: IndexKey): readonly string[] {
    if (!isDerived(key)) return this.records.values(slot, key);
    const direct = this.records.values(slot, "country");
    const groups = this.records.groups(slot);
    return key === "region" ? regionValues(direct, groups, this.reference) : reachValues(direct, groups, this.reference)[key];
  }

  upsert(record: IndexedInitiative) {
    this.remove(record.id);
    const slot = this.freeSlots.pop() ?? this.slots++;
    this.records.set(slot, record);
    this.slotById.set(record.id, slot);
    if (record.published) this.published.add(slot);
    const values = { ...record.values, ...derivedValues(record.values.country, record.groups, this.reference) };
    for (const key of INDEX_KEYS) {
      const postings = this.postings.get(key)!;
      for (const value of values[key]) {
        let set = postings.get(value);
        if (!set) postings.set(value, (set = new PostingSet()));
        set.add(slot, this.slots);
      }
    }
    for (const [cacheKey, order] of this.orders) this.orders.set(cacheKey, this.placed(order, slot, cacheKey));
    this.generation++;
  }

  remove(id: number) {
    const slot = this.slotById.get(id);
    if (slot === undefined) return;
    for (const key of INDEX_KEYS) for (const value of this.valuesOf(slot, key)) this.postings.get(key)!.get(value)?.delete(slot);
    this.published.delete(slot);
    this.records.clear(slot);
    this.slotById.delete(id);
    this.freeSlots.push(slot);
    for (const [cacheKey, order] of this.orders) this.orders.set(cacheKey, without(order, slot));
    this.generation++;
  }

  /**
   * Gives back what growing left spare (sets sized for twice the slots, a sparse arena) and turns posting sets
   * that are sparse at the final size back into lists (during a bulk load, few slots make most sets dense).
   * Call after a bulk load.
   */
  compact() {
    for (const postings of this.postings.values()) for (const set of postings.values()) set.fit(this.slots);
    this.published.fit(this.slots);
    this.records.compact();
  }

  /** Union of the posting sets of several values (a repeated filter means any of its values). */
  anyOf(key: IndexKey, values: string[]): Bitset {
    const result = new Bitset(this.capacity);
    for (const value of values) this.posting(key, value)?.orInto(result);
    return result;
  }

  private publishedTallyMemo: { generation: number; tally: Int32Array } | null = null;

  /** The tally of every published initiative's stored values (RecordStore.tally), kept until the next change. */
  publishedTally(): Int32Array {
    if (this.publishedTallyMemo?.generation !== this.generation)
      this.publishedTallyMemo = { generation: this.generation, tally: this.records.tally(this.published) };
    return this.publishedTallyMemo.tally;
  }

  private lastUpdate: { generation: number; at: Date | null } | null = null;

  /** When the published catalogue last changed: the latest update of a published initiative (null when none is). */
  lastUpdated(): Date | null {
    if (this.lastUpdate?.generation !== this.generation) {
      let latest = -Infinity;
      for (const slot of this.published) latest = Math.max(latest, this.records.updatedAt(slot));
      this.lastUpdate = { generation: this.generation, at: Number.isFinite(latest) ? new Date(latest) : null };
    }
    return this.lastUpdate.at;
  }

  /** Slots of every initiative, in a sort order (built on first use, then kept in order through every change). */
  order(sort: SortKey, locale: Locale): Int32Array {
    const cacheKey: OrderKey = `${sort}:${locale}`;
    let order = this.orders.get(cacheKey);
    if (order) return order;
    const slots: number[] = [];
    // Lowercased once per slot for this sort, then dropped: the index keeps only the names.
    const names: string[] = [];
    for (let slot = 0; slot < this.slots; slot++) {
      if (!this.records.has(slot)) continue;
      slots.push(slot);
      names[slot] = this.records.sortName(slot, locale);
    }
    slots.sort(this.comparator(cacheKey, (slot) => names[slot]!));
    order = Int32Array.from(slots);
    this.orders.set(cacheKey, order);
    return order;
  }

  private comparator(cacheKey: OrderKey, sortName?: (slot: number) => string): (a: number, b: number) => number {
    const [sort, locale] = cacheKey.split(":") as [SortKey, Locale];
    const records = this.records;
    const name = sortName ?? ((slot: number) => records.sortName(slot, locale));
    const byName = (a: number, b: number) => compareText(name(a), name(b)) || records.id(a) - records.id(b);
    const byYear = (direction: 1 | -1) => (a: number, b: number) => {
      const ya = records.startYear(a);
      const yb = records.startYear(b);
      if (ya === null || yb === null) return ya === yb ? byName(a, b) : ya === null ? 1 : -1;
      return (ya - yb) * direction || byName(a, b);
    };
    return sort === "name" ? byName : byYear(sort === "newest" ? -1 : 1);
  }

  /** A sorted order with one slot (re)placed where it now belongs: a write costs a copy, not a sort. */
  private placed(order: Int32Array, slot: number, cacheKey: OrderKey): Int32Array {
    const rest = without(order, slot);
    const compare = this.comparator(cacheKey);
    let low = 0;
    let high = rest.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(rest[mid]!, slot) < 0) low = mid + 1;
      else high = mid;
    }
    const next = new Int32Array(rest.length + 1);
    next.set(rest.subarray(0, low));
    next[low] = slot;
    next.set(rest.subarray(low), low + 1);
    return next;
  }
}

type OrderKey = `${SortKey}:${Locale}`;

function without(order: Int32Array, slot: number): Int32Array {
  const at = order.indexOf(slot);
  if (at < 0) return order;
  const next = new Int32Array(order.length - 1);
  next.set(order.subarray(0, at));
  next.set(order.subarray(at + 1), at);
  return next;
}

export function compareText(a: string, b: string) {
  return a < b ? -1 : a > b ? 1 : 0;
}
