import type { CatalogueIndex } from "./catalogue-index";
import type { QueryGroup } from "./query-expansion";
import { StateCache } from "./state-cache";

/** Matches held in all, so that a few queries matching most of a large catalogue cannot take the memory. */
const MAX_IDS = 500_000;

/** The last text matches of one state of the catalogue (see StateCache: a write starts it afresh). */
export class TextMatchCache<Scores extends { readonly size: number }> {
  private readonly cache: StateCache<string, Scores>;

  constructor(capacity: number) {
    this.cache = new StateCache(capacity, MAX_IDS, (scores) => scores.size);
  }

  async get(index: CatalogueIndex, groups: QueryGroup[], match: () => Promise<Scores>): Promise<Scores> {
    if (this.cache.capacity === 0) return match();
    const entries = this.cache.at(index);
    const key = JSON.stringify(groups);
    const hit = entries.get(key);
    if (hit) return hit;
    const scores = await match();
    entries.set(key, scores);
    return scores;
  }
}
