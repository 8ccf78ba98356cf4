import { Bitset } from "./bitset";
import type { CatalogueIndex } from "./catalogue-index";

/**
 * A text match in the index's terms: the matching slots in ascending order with their scores (lower is
 * better), and the same slots as a set. Ranking a page walks the two arrays rather than looking up a score
 * by id for each matching initiative (a binary search each), and the set needs no id → slot lookups: at
 * 100,000 initiatives, a cached word matching 55,000 searched in 5 ms this way against 13 (uncached, 64
 * against 69). Slots belong to one state of the index: the text-match cache that keeps these starts afresh
 * whenever the index changes. Shared between requests, so never changed.
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
    // A typed array and a callback rather than a Map and an iterator: a cold query maps up to every initiative.
    const bySlot = new Float64Array(index.capacity);
    const set = new Bitset(index.capacity);
    const slotById = index.slotById;
    scoresById.forEach((score, id) => {
      const slot = slotById.get(id);
      if (slot === undefined) return;
      bySlot[slot] = score;
      set.add(slot);
    });
    return SlotScores.inOrder(set, (slot) => bySlot[slot]!);
  }

  static fromSlots(capacity: number, scoresBySlot: ReadonlyMap<number, number>): SlotScores {
    const set = new Bitset(capacity);
    for (const slot of scoresBySlot.keys()) set.add(slot);
    return SlotScores.inOrder(set, (slot) => scoresBySlot.get(slot)!);
  }

  private static inOrder(set: Bitset, scoreOf: (slot: number) => number): SlotScores {
    const slots = new Int32Array(set.size());
    const scores = new Float64Array(slots.length);
    let i = 0;
    set.forEach((slot) => {
      slots[i] = slot;
      scores[i++] = scoreOf(slot);
    });
    return new SlotScores(slots, scores, set);
  }

  /** Score by slot, for combining matches. */
  toMap(): Map<number, number> {
    const map = new Map<number, number>();
    for (let i = 0; i < this.slots.length; i++) map.set(this.slots[i]!, this.scores[i]!);
    return map;
  }
}
