import { Bitset } from "./bitset";
import type { CatalogueIndex } from "./catalogue-index";

/**
 * A text match in the index's terms: the matching slots in ascending order with their scores (lower is
 * better), and the same slots as a set. Ranking a page walks the two arrays rather than looking up a score
 * by id for each matching initiative (a binary search each), and the set needs no id → slot lookups: at
 * 100,000 initiatives, a cached word matching 55,000 searched in 5 ms this way against 13. Slots belong to
 * one state of the index: the text-match cache that keeps these starts afresh whenever the index changes.
 */
export class SlotScores {
  private constructor(
    readonly slots: Int32Array,
    readonly scores: Float64Array,
    readonly set: Bitset,
  ) {}

  get size() {
    return this.slots.length;
  }

  /** The scores of the initiatives the index holds, by slot (ids it does not hold are left out). */
  static of(index: CatalogueIndex, scoresById: ReadonlyMap<number, number>): SlotScores {
    const bySlot = new Map<number, number>();
    for (const [id, score] of scoresById) {
      const slot = index.slotById.get(id);
      if (slot !== undefined) bySlot.set(slot, score);
    }
    return SlotScores.fromSlots(index.capacity, bySlot);
  }

  static fromSlots(capacity: number, scoresBySlot: ReadonlyMap<number, number>): SlotScores {
    const set = new Bitset(capacity);
    for (const slot of scoresBySlot.keys()) set.add(slot);
    const slots = new Int32Array(scoresBySlot.size);
    const scores = new Float64Array(slots.length);
    let i = 0;
    for (const slot of set) {
      slots[i] = slot;
      scores[i++] = scoresBySlot.get(slot)!;
    }
    return new SlotScores(slots, scores, set);
  }

  /** Score by slot, for combining matches. */
  toMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (let i = 0; i < this.slots.length; i++) map.set(this.slots[i]!, this.scores[i]!);
    return map;
  }
}
