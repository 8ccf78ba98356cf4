import type { CatalogueIndex } from "./catalogue-index";

/**
 * A least-recently-used cache of what one state of the catalogue gives. Every write to an initiative or
 * to what it shows (organisations, countries, themes, sources) reaches the index (from this instance or,
 * through the change log, another) before a request reads it, and bumps its generation or replaces it:
 * the cache then starts afresh, so an entry is never older than the data.
 *
 * `weigh` measures an entry (1 by default); entries heavier than a quarter of `maxWeight` are not kept.
 */
export class StateCache<Key, Value> {
  private entries = new Map<Key, Value>();
  private index: CatalogueIndex | null = null;
  private generation = -1;
  private weight = 0;

  constructor(
    readonly capacity: number,
    private readonly maxWeight = Infinity,
    private readonly weigh: (value: Value) => number = () => 1,
  ) {}

  /**
   * The cache as of this state of the index. Its `set` keeps a value only while that state is still
   * current: a value computed while a write landed may be older or newer than either state.
   */
  at(index: CatalogueIndex): { get(key: Key): Value | undefined; set(key: Key, value: Value): void } {
    if (index !== this.index || index.generation !== this.generation) this.reset(index);
    const generation = index.generation;
    const current = () => index === this.index && generation === this.generation && index.generation === generation;
    return {
      get: (key) => {
        if (!current()) return undefined;
        const hit = this.entries.get(key);
        if (hit !== undefined) {
          // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
          this.entries.delete(key);
          this.entries.set(key, hit);
        }
        return hit;
      },
      set: (key, value) => {
        if (this.capacity > 0 && current()) this.store(key, value);
      },
    };
  }

  private reset(index: CatalogueIndex) {
    this.entries.clear();
    this.weight = 0;
    this.index = index;
    this.generation = index.generation;
  }

  private store(key: Key, value: Value) {
    const weight = this.weigh(value);
    if (weight > this.maxWeight / 4) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) {
      this.entries.delete(key);
      this.weight -= this.weigh(previous);
    }
    this.entries.set(key, value);
    this.weight += weight;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.capacity && this.weight <= this.maxWeight) break;
      this.entries.delete(oldest);
      this.weight -= this.weigh(old);
    }
  }
}
