import { describe, expect, it } from "vitest";
import { Bitset } from "../../lib/search/bitset";

describe("Bitset.forEach", () => {
  it("visits the same slots as the iterator, in ascending order, word edges included", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const slots of [[], [0], [31], [32], [31, 32, 63, 64, 95], Array.from({ length: 500 }, () => Math.floor(random() * 4000))]) {
      const set = Bitset.of(slots, 4000);
      const visited: number[] = [];
      set.forEach((slot) => visited.push(slot));
      expect(visited).toEqual([...set]);
      expect(visited).toEqual([...new Set(slots)].sort((a, b) => a - b));
    }
  });
});
