import type { CatalogueIndex } from "./catalogue-index";
import type { QueryGroup } from "./query-expansion";

/** Matches held in all, so that a few queries matching most of a large catalogue cannot take the memory. */
const MAX_IDS = 500_000;

/**
 * The last text matches of one state of the catalogue. Every write to an initiative or its text reaches
 * the index (from this instance or, through the change log, another) before a request reads it, and
 * bumps its generation: the cache then starts afresh, so a cached match is never older than the data.
 */
export class TextMatchCache<Scores extends { readonly size: number }> {
  private entries = new Map<string, Scores>();
  private index: CatalogueIndex | null = null;
  private generation = -1;
  private ids = 0;

  constructor(private readonly capacity: number) {}

  async get(index: CatalogueIndex, groups: QueryGroup[], match: () => Promise<Scores>): Promise<Scores> {
    if (this.capacity === 0) return match();
    if (index !== this.index || index.generation !== this.generation) this.reset(index);
    const key = JSON.stringify(groups);
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: Map keeps insertion order, so the first key is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit;
    }
    const generation = index.generation;
    const scores = await match();
    if (index === this.index && generation === this.generation && index.generation === generation) this.store(key, scores);
    return scores;
  }

  private reset(index: CatalogueIndex) {
    this.entries.clear();
    this.ids = 0;
    this.index = index;
    this.generation = index.generation;
  }

  private store(key: string, scores: Scores) {
    if (scores.size > MAX_IDS / 4) return;
    this.entries.set(key, scores);
    this.ids += scores.size;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.capacity && this.ids <= MAX_IDS) break;
      this.entries.delete(oldest);
      this.ids -= old.size;
    }
  }
}
