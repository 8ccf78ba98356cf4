import { describe, expect, it } from "vitest";
import { TextScores } from "../../lib/search/text-scores";

describe("TextScores", () => {
  it("answers like a Map of the same ids and scores, given in any order", () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const size of [0, 1, 2, 17, 1000]) {
      const ids = [...new Set(Array.from({ length: size }, () => Math.floor(random() * 5000)))];
      const sorted = random() < 0.5;
      if (sorted) ids.sort((a, b) => a - b);
      const scores = ids.map(() => -random() * 10);
      const map = new Map(ids.map((id, i) => [id, scores[i]!]));
      const textScores = TextScores.fromColumns(ids, scores);
      expect(textScores.size).toBe(map.size);
      for (let probe = -1; probe <= 5001; probe++) {
        expect(textScores.get(probe)).toBe(map.get(probe));
        expect(textScores.has(probe)).toBe(map.has(probe));
      }
      const byId = [...map].sort((a, b) => a[0] - b[0]);
      expect([...textScores]).toEqual(byId);
      expect([...textScores.keys()]).toEqual(byId.map(([id]) => id));
      expect([...textScores.values()]).toEqual(byId.map(([, score]) => score));
      const seen: [number, number][] = [];
      textScores.forEach((score, id) => seen.push([id, score]));
      expect(seen).toEqual(byId);
      expect(new Map(textScores)).toEqual(map);
    }
  });

  it("refuses columns of different lengths", () => {
    expect(() => TextScores.fromColumns([1, 2], [0])).toThrow();
  });
});
