import type { Bitset } from "./bitset";
import type { IndexedInitiative, StoredValues } from "./catalogue-index";
import type { Locale } from "../validations/common";

const LOCALES: readonly Locale[] = ["ja", "en", "fr"];
export const STORED_KEYS = ["country", "donor", "partner", "funder", "donorCountry", "theme", "target", "startYear"] as const;
export type StoredKey = (typeof STORED_KEYS)[number];

/** An absent year (years are stored as 32-bit integers). */
const NO_YEAR = -0x80000000;
const LIVE = 1;
const PUBLISHED = 2;
const ONGOING = 4;

/**
 * The initiatives of the index, one column per field, by slot. One JavaScript object per initiative
 * (with an array per facet) took most of the index's memory at 100,000 initiatives; here numbers live
 * in typed arrays, and facet values are small integers (interned per key) kept with the initiative's
 * groups in one shared integer arena: a slot's range is [groups count, group ids…, value ids…].
 */
export class RecordStore {
  private allocated = 0;
  private ids = new Int32Array(0);
  private startYears = new Int32Array(0);
  private endYears = new Int32Array(0);
  private knownUntils = new Int32Array(0);
  private updatedAts = new Float64Array(0);
  private flags = new Uint8Array(0);
  /** Original locale (bits 0–1) and the first locale a name was read in (bits 2–3), as indexes into LOCALES. */
  private locales = new Uint8Array(0);
  private starts = new Int32Array(0);
  private lengths = new Int32Array(0);
  private slugs: (string | undefined)[] = [];
  private sourceDates: (string | undefined)[] = [];
  private names: Record<Locale, (string | undefined)[]> = { ja: [], en: [], fr: [] };

  private arena = new Int32Array(1024);
  private arenaEnd = 0;
  /** Arena entries no live slot points to any more (left by rewrites and removals). */
  private garbage = 0;
  private termIds = new Map<StoredKey, Map<string, number>>(STORED_KEYS.map((key) => [key, new Map()]));
  private termKeys: StoredKey[] = [];
  private termValues: string[] = [];

  has(slot: number): boolean {
    return slot < this.allocated && (this.flags[slot]! & LIVE) !== 0;
  }

  id(slot: number): number {
    return this.ids[slot]!;
  }

  slug(slot: number): string {
    return this.slugs[slot]!;
  }

  startYear(slot: number): number | null {
    return year(this.startYears[slot]!);
  }

  endYear(slot: number): number | null {
    return year(this.endYears[slot]!);
  }

  knownUntil(slot: number): number | null {
    return year(this.knownUntils[slot]!);
  }

  ongoing(slot: number): boolean {
    return (this.flags[slot]! & ONGOING) !== 0;
  }

  updatedAt(slot: number): number {
    return this.updatedAts[slot]!;
  }

  sourceDate(slot: number): string {
    return this.sourceDates[slot]!;
  }

  originalLocale(slot: number): Locale {
    return LOCALES[this.locales[slot]! & 3]!;
  }

  name(slot: number, locale: Locale): string | undefined {
    return this.names[locale][slot];
  }

  /** The locale of the first name the initiative was read with (its last fallback). */
  firstNameLocale(slot: number): Locale | undefined {
    const locale = LOCALES[(this.locales[slot]! >> 2) & 3];
    return locale && this.names[locale][slot] !== undefined ? locale : undefined;
  }

  /** The name a list sorts by in a locale: its own, else its original locale's, else any, else the slug; lowercased. */
  sortName(slot: number, locale: Locale): string {
    const first = this.firstNameLocale(slot);
    const name = this.names[locale][slot] ?? this.names[this.originalLocale(slot)][slot] ?? (first && this.names[first][slot]) ?? this.slugs[slot]!;
    return name.toLowerCase();
  }

  /** The ids of the groups the initiative names. */
  groups(slot: number): number[] {
    const start = this.starts[slot]!;
    return Array.from(this.arena.subarray(start + 1, start + 1 + this.arena[start]!));
  }

  /** The initiative's values of one stored facet key. */
  values(slot: number, key: StoredKey): string[] {
    const start = this.starts[slot]!;
    const out: string[] = [];
    for (let i = start + 1 + this.arena[start]!, end = start + this.lengths[slot]!; i < end; i++) {
      const term = this.arena[i]!;
      if (this.termKeys[term] === key) out.push(this.termValues[term]!);
    }
    return out;
  }

  /** Whether the initiative carries a value of a stored key. */
  hasValue(slot: number, key: StoredKey, value: string): boolean {
    const term = this.termIds.get(key)!.get(value);
    if (term === undefined) return false;
    const start = this.starts[slot]!;
    for (let i = start + 1 + this.arena[start]!, end = start + this.lengths[slot]!; i < end; i++) if (this.arena[i] === term) return true;
    return false;
  }

  /**
   * How many live initiatives of `slots` carry each stored value, by value id (see `tallyValues`): one pass
   * over their ranges of the arena, cheaper than intersecting every value's posting set with them.
   */
  tally(slots: Bitset): Int32Array {
    const counts = new Int32Array(this.termKeys.length);
    const words = slots.words;
    for (let w = 0; w < words.length; w++) {
      let word = words[w]!;
      while (word) {
        const low = word & -word;
        word ^= low;
        const slot = (w << 5) + 31 - Math.clz32(low);
        if (slot >= this.allocated || (this.flags[slot]! & LIVE) === 0) continue;
        const start = this.starts[slot]!;
        for (let i = start + 1 + this.arena[start]!, end = start + this.lengths[slot]!; i < end; i++) counts[this.arena[i]!]++;
      }
    }
    return counts;
  }

  /** The counts of a tally for the values of some keys, by value. */
  tallyValues(counts: Int32Array, keys: readonly StoredKey[]): Map<string, number> {
    const wanted = new Set<StoredKey>(keys);
    const result = new Map<string, number>();
    for (let term = 0; term < counts.length; term++) {
      const count = counts[term]!;
      if (!count || !wanted.has(this.termKeys[term]!)) continue;
      const value = this.termValues[term]!;
      result.set(value, (result.get(value) ?? 0) + count);
    }
    return result;
  }

  set(slot: number, record: IndexedInitiative) {
    this.clear(slot);
    this.grow(slot + 1);
    this.ids[slot] = record.id;
    this.startYears[slot] = record.startYear ?? NO_YEAR;
    this.endYears[slot] = record.endYear ?? NO_YEAR;
    this.knownUntils[slot] = record.knownUntil ?? NO_YEAR;
    this.updatedAts[slot] = record.updatedAt;
    this.flags[slot] = LIVE | (record.published ? PUBLISHED : 0) | (record.ongoing ? ONGOING : 0);
    const first = Object.keys(record.names)[0] as Locale | undefined;
    this.locales[slot] = LOCALES.indexOf(record.originalLocale) | (first ? LOCALES.indexOf(first) << 2 : 0);
    this.slugs[slot] = record.slug;
    this.sourceDates[slot] = record.sourceDate;
    for (const locale of LOCALES) this.names[locale][slot] = record.names[locale];

    // Each value once, as in the posting sets: a tally counts initiatives, not mentions.
    const terms = [...new Set(STORED_KEYS.flatMap((key) => record.values[key].map((value) => this.term(key, value))))];
    const length = 1 + record.groups.length + terms.length;
    this.reserve(length);
    const start = this.arenaEnd;
    this.arena[start] = record.groups.length;
    this.arena.set(record.groups, start + 1);
    this.arena.set(terms, start + 1 + record.groups.length);
    this.starts[slot] = start;
    this.lengths[slot] = length;
    this.arenaEnd += length;
  }

  clear(slot: number) {
    if (!this.has(slot)) return;
    this.flags[slot] = 0;
    this.garbage += this.lengths[slot]!;
    this.lengths[slot] = 0;
    this.slugs[slot] = undefined;
    this.sourceDates[slot] = undefined;
    for (const locale of LOCALES) this.names[locale][slot] = undefined;
  }

  /** The initiative in a slot, as it was stored. */
  get(slot: number): IndexedInitiative | undefined {
    if (!this.has(slot)) return undefined;
    const values = Object.fromEntries(STORED_KEYS.map((key) => [key, this.values(slot, key)])) as StoredValues;
    const names: Partial<Record<Locale, string>> = {};
    const first = this.firstNameLocale(slot);
    for (const locale of first ? [first, ...LOCALES] : LOCALES) if (this.names[locale][slot] !== undefined) names[locale] = this.names[locale][slot];
    return {
      id: this.id(slot),
      slug: this.slug(slot),
      published: (this.flags[slot]! & PUBLISHED) !== 0,
      startYear: this.startYear(slot),
      endYear: this.endYear(slot),
      ongoing: this.ongoing(slot),
      knownUntil: this.knownUntil(slot),
      names,
      originalLocale: this.originalLocale(slot),
      sourceDate: this.sourceDate(slot),
      updatedAt: this.updatedAt(slot),
      groups: this.groups(slot),
      values,
    };
  }

  /** Arena entries in use and left behind (for tests and measurements). */
  arenaUsage() {
    return { used: this.arenaEnd - this.garbage, garbage: this.garbage, bytes: this.arena.byteLength };
  }

  /** Moves every live range to the front of an arena sized for them and `spare` more entries. */
  compact(spare = 0) {
    const live = this.arenaEnd - this.garbage;
    const next = new Int32Array(Math.max(1024, live + spare));
    let end = 0;
    for (let slot = 0; slot < this.allocated; slot++) {
      if (!this.has(slot)) continue;
      const start = this.starts[slot]!;
      const length = this.lengths[slot]!;
      next.set(this.arena.subarray(start, start + length), end);
      this.starts[slot] = end;
      end += length;
    }
    this.arena = next;
    this.arenaEnd = end;
    this.garbage = 0;
  }

  private term(key: StoredKey, value: string): number {
    const ids = this.termIds.get(key)!;
    let id = ids.get(value);
    if (id === undefined) {
      id = this.termKeys.length;
      ids.set(value, id);
      this.termKeys.push(key);
      this.termValues.push(value);
    }
    return id;
  }

  private reserve(length: number) {
    if (this.arenaEnd + length <= this.arena.length) return;
    // Rewrites leave their old range behind: reclaim it when it is most of the arena, else grow.
    if (this.garbage > this.arenaEnd >> 1) {
      this.compact(Math.max(length, (this.arenaEnd - this.garbage) >> 1));
      return;
    }
    const grown = new Int32Array(Math.max(this.arenaEnd + length, this.arena.length * 2));
    grown.set(this.arena.subarray(0, this.arenaEnd));
    this.arena = grown;
  }

  private grow(needed: number) {
    if (needed <= this.allocated) return;
    const size = Math.max(needed, Math.ceil(this.allocated * 1.5), 64);
    const copy = <T extends Int32Array | Float64Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const next = make(size);
      next.set(array);
      return next;
    };
    this.ids = copy(this.ids, (n) => new Int32Array(n));
    this.startYears = copy(this.startYears, (n) => new Int32Array(n));
    this.endYears = copy(this.endYears, (n) => new Int32Array(n));
    this.knownUntils = copy(this.knownUntils, (n) => new Int32Array(n));
    this.updatedAts = copy(this.updatedAts, (n) => new Float64Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
    this.locales = copy(this.locales, (n) => new Uint8Array(n));
    this.starts = copy(this.starts, (n) => new Int32Array(n));
    this.lengths = copy(this.lengths, (n) => new Int32Array(n));
    this.allocated = size;
  }
}

function year(value: number): number | null {
  return value === NO_YEAR ? null : value;
}
