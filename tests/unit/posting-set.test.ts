import { describe, expect, it } from "vitest";
import { Bitset } from "../../lib/search/bitset";
import { PostingSet } from "../../lib/search/posting-set";

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("PostingSet", () => {
  it("answers like a set of slots in either form, through growth, deletions and fitting", () => {
    const random = mulberry32(7);
    for (const density of [0.002, 0.02, 0.05, 0.3]) {
      const set = new PostingSet();
      const expected = new Set<number>();
      let capacity = 0;
      const check = (label: string) => {
        expect([...set], label).toEqual([...expected].sort((a, b) => a - b));
        expect(set.size(), label).toBe(expected.size);
        const probe = Bitset.of(Array.from({ length: 200 }, () => Math.floor(random() * Math.max(1, capacity))));
        expect(set.intersectionSize(probe), label).toBe([...probe].filter((slot) => expected.has(slot)).length);
        const union = Bitset.of([1, 2, 3]);
        set.orInto(union);
        expect([...union], label).toEqual([...new Set([1, 2, 3, ...expected])].sort((a, b) => a - b));
        for (let i = 0; i < 50; i++) {
          const slot = Math.floor(random() * (capacity + 10));
          expect(set.has(slot), `${label} has ${slot}`).toBe(expected.has(slot));
        }
      };
      // A bulk load: slots in increasing order, the capacity growing with them.
      for (let slot = 0; slot < 5000; slot++) {
        capacity = slot + 1;
        if (random() < density) {
          set.add(slot, capacity);
          expected.add(slot);
        }
      }
      check(`${density} loaded`);
      set.fit(capacity);
      check(`${density} fitted`);
      // Writes afterwards: slots anywhere, added twice, removed, some never present.
      for (let i = 0; i < 3000; i++) {
        const slot = Math.floor(random() * capacity);
        if (random() < 0.5) {
          set.add(slot, capacity);
          expected.add(slot);
        } else {
          set.delete(slot);
          expected.delete(slot);
        }
      }
      check(`${density} rewritten`);
      set.fit(capacity);
      check(`${density} fitted again`);
    }
  });

  it("keeps a sparse set as a list and a dense one as a bitset after fitting", () => {
    const sparse = new PostingSet();
    const dense = new PostingSet();
    for (let slot = 0; slot < 32_000; slot++) {
      // Dense among the first slots (a bitset then), sparse over all of them.
      if (slot < 10 || slot % 100 === 0) sparse.add(slot, slot + 1);
      if (slot % 10 === 0) dense.add(slot, slot + 1);
    }
    sparse.fit(32_000);
    dense.fit(32_000);
    expect(sparse.byteLength()).toBe(329 * 4); // a list of 329 slots
    expect(dense.byteLength()).toBe(1000 * 4); // a bitset of 32,000 slots
  });
});
