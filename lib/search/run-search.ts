import { Bitset } from "./bitset";
import { compareText, isDerived, type CatalogueIndex, type IndexKey, type SortKey } from "./catalogue-index";
import type { StoredKey } from "./record-store";
import type { SlotScores } from "./slot-scores";
import type { Locale } from "../validations/common";
import type { InitiativeSearch, Reach } from "../validations/search";

export const FILTER_KEYS = ["country", "region", "donor", "partner", "funder", "donorCountry", "theme", "target", "period"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

type MultiValueKey = Exclude<FilterKey, "country" | "period">;

/** The posting keys that make up a country's reach at a tier (the tiers are disjoint sets). */
export function reachKeys(reach: Reach | undefined): IndexKey[] {
  return reach === "all" ? ["country", "countryGroup", "countryGlobal"] : reach === "group" ? ["country", "countryGroup"] : ["country"];
}

/** Initiatives whose known period overlaps [from, to], or that started in `started`. */
function periodSet(index: CatalogueIndex, search: InitiativeSearch): Bitset | null {
  const hasRange = search.from !== undefined || search.to !== undefined;
  if (!hasRange && search.started === undefined) return null;
  const from = search.from ?? -Infinity;
  const to = search.to ?? Infinity;
  const result = new Bitset(index.capacity);
  const records = index.records;
  for (let slot = 0; slot < index.capacity; slot++) {
    if (!records.has(slot)) continue;
    const startYear = records.startYear(slot);
    if (search.started !== undefined && startYear !== search.started) continue;
    if (hasRange) {
      // An initiative with no known year never matches a period; "ongoing" runs to its source's date.
      const start = startYear ?? records.endYear(slot);
      if (start === null || start > to) continue;
      if ((records.knownUntil(slot) ?? start) < from) continue;
    }
    result.add(slot);
  }
  return result;
}

/** The set each active filter allows (a repeated filter allows any of its values). */
export function filterSets(index: CatalogueIndex, search: InitiativeSearch): Map<FilterKey, Bitset> {
  const sets = new Map<FilterKey, Bitset>();
  if (search.country?.length) {
    const result = new Bitset(index.capacity);
    for (const key of reachKeys(search.reach)) result.or(index.anyOf(key, search.country));
    sets.set("country", result);
  }
  const multi: MultiValueKey[] = ["region", "donor", "partner", "funder", "donorCountry", "theme", "target"];
  for (const key of multi) {
    const values = search[key];
    if (values?.length) sets.set(key, index.anyOf(key, values));
  }
  const period = periodSet(index, search);
  if (period) sets.set("period", period);
  return sets;
}

/** Published initiatives matching the text and every filter but `except`. */
export function matchingSet(index: CatalogueIndex, base: Bitset, filters: Map<FilterKey, Bitset>, except?: FilterKey): Bitset {
  const result = base.clone();
  for (const [key, set] of filters) if (key !== except) result.and(set);
  return result;
}

/**
 * Counts of facet values within sets of initiatives. The stored values of a set are tallied once for all
 * keys (the facets without an active filter share one set), those of every published initiative once per
 * state of the index (pass `index.published` itself); the reach keys are worked out per key.
 */
export class FacetCounter {
  private readonly tallies = new Map<Bitset, Int32Array>();

  constructor(private readonly index: CatalogueIndex) {}

  /** For each value of some posting keys, how many initiatives of `within` carry it. */
  count(keys: IndexKey[], within: Bitset): Map<string, number> {
    const index = this.index;
    const stored = keys.filter((key): key is StoredKey => !isDerived(key));
    let counts = new Map<string, number>();
    if (stored.length) {
      let tally = within === index.published ? index.publishedTally() : this.tallies.get(within);
      if (!tally) this.tallies.set(within, (tally = index.records.tally(within)));
      counts = index.records.tallyValues(tally, stored);
    }
    const derived = keys.filter(isDerived);
    if (!derived.length) return counts;
    const size = within.size();
    if (size === 0) return counts;
    const add = (value: string, n: number) => counts.set(value, (counts.get(value) ?? 0) + n);
    if (size * 64 < index.capacity) {
      // Few initiatives: work out their reach rather than intersect every posting set.
      for (const slot of within) {
        if (!index.records.has(slot)) continue;
        for (const key of derived) for (const value of index.valuesOf(slot, key)) add(value, 1);
      }
      return counts;
    }
    for (const key of derived)
      for (const [value, set] of index.postings.get(key)!) {
        const n = set.intersectionSize(within);
        if (n) add(value, n);
      }
    return counts;
  }
}

/** For each value of some posting keys, how many initiatives of `within` carry it. */
export function countValues(index: CatalogueIndex, keys: IndexKey[], within: Bitset): Map<string, number> {
  return new FacetCounter(index).count(keys, within);
}

/** Slots of `within` in the requested order, `offset` skipped, at most `limit` (by relevance, `within` lies within the text match). */
export function pageOf(
  index: CatalogueIndex,
  within: Bitset,
  options: { sort: SortKey | "relevance"; locale: Locale; scores: SlotScores | null; offset: number; limit: number },
): number[] {
  if (options.sort === "relevance" && options.scores) {
    const { locale, scores } = options;
    // Names are lowercased when a tie needs them, once per entry: the index does not keep sort names.
    type Entry = { slot: number; score: number; name?: string };
    const nameOf = (entry: Entry) => (entry.name ??= index.records.sortName(entry.slot, locale));
    const byRank = (a: Entry, b: Entry) => a.score - b.score || compareText(nameOf(a), nameOf(b));
    // Only the best offset + limit are ever shown: keep those, sorted, rather than sort every match.
    const keep = options.offset + options.limit;
    const best: Entry[] = [];
    // In slot order, as `within` would list them: among entries equal in score and name, the first stays first.
    for (let i = 0; i < scores.slots.length; i++) {
      const slot = scores.slots[i]!;
      if (!within.has(slot)) continue;
      const score = scores.scores[i]!;
      // Most matches rank below the last kept one on score alone: no entry, no names compared.
      if (best.length === keep && score > best[keep - 1]!.score) continue;
      const entry: Entry = { slot, score };
      if (best.length === keep && byRank(entry, best[keep - 1]!) >= 0) continue;
      let low = 0;
      let high = best.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (byRank(best[mid]!, entry) <= 0) low = mid + 1;
        else high = mid;
      }
      best.splice(low, 0, entry);
      if (best.length > keep) best.pop();
    }
    return best.slice(options.offset).map((entry) => entry.slot);
  }
  const order = index.order(options.sort === "relevance" ? "newest" : options.sort, options.locale);
  const page: number[] = [];
  let skipped = 0;
  for (let i = 0; i < order.length && page.length < options.limit; i++) {
    if (!within.has(order[i])) continue;
    if (skipped < options.offset) skipped++;
    else page.push(order[i]);
  }
  return page;
}

/**
 * The `limit` initiatives of a set most recently added or updated (ties: the higher id first), in that
 * order: what a feed lists. One pass over the set, keeping the best few.
 */
export function latestOf(index: CatalogueIndex, within: Bitset, limit: number): number[] {
  if (limit <= 0) return [];
  const { records } = index;
  const newer = (a: number, b: number) => records.updatedAt(a) - records.updatedAt(b) || records.id(a) - records.id(b);
  const best: number[] = [];
  within.forEach((slot) => {
    if (best.length === limit && newer(slot, best[limit - 1]!) <= 0) return;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (newer(best[mid]!, slot) >= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, slot);
    if (best.length > limit) best.pop();
  });
  return best;
}
