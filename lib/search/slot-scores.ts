import { Bitset } from "./bitset";
import type { CatalogueIndex } from "./catalogue-index";

/**
 * A text match in the index's terms: the matching slots in ascending order with their scores (lower is
 * better), and the same slots as a set. Ranking a page walks the two arrays rather than looking up a score
 * by id for each matching initiative (a binary search each), and the set needs no id → slot lookups: at
 * 100,000 initiatives, a word matching 55,000 took 8.4 ms this way against ~2 (see `slotScoresOf`).
 */
export class SlotScores {
  private constructor(
    readonly slots: Int32Array,
    readonly scores: Float64Array,
    readonly set: Bitset,
  ) {}

  /** The scores of the initiatives the index holds, by slot (ids it does not hold are left out). */
  static of(index: CatalogueIndex, scores: ReadonlyMap<number, number>): SlotScores {
    const bySlot = new Float64Array(index.capacity);
    const set = new Bitset(index.capacity);
    for (const [id, score] of scores) {
      const slot = index.slotById.get(id);
      if (slot === undefined) continue;
      bySlot[slot] = score;
      set.add(slot);
    }
    const slots = new Int32Array(set.size());
    const ordered = new Float64Array(slots.length);
    let i = 0;
    for (const slot of set) {
      slots[i] = slot;
      ordered[i++] = bySlot[slot]!;
    }
    return new SlotScores(slots, ordered, set);
  }
}

const memo = new WeakMap<ReadonlyMap<number, number>, { index: CatalogueIndex; generation: number; value: SlotScores }>();

/**
 * `SlotScores.of`, kept with the scores object for as long as the index does not change: a cached text match
 * (lib/search/text-match-cache.ts) is mapped to slots once, not on every request that repeats it.
 */
export function slotScoresOf(index: CatalogueIndex, scores: ReadonlyMap<number, number>): SlotScores {
  const kept = memo.get(scores);
  if (kept && kept.index === index && kept.generation === index.generation) return kept.value;
  const value = SlotScores.of(index, scores);
  memo.set(scores, { index, generation: index.generation, value });
  return value;
}
