// A tiny seeded PRNG (mulberry32) and the samplers the synthetic catalogue draws from.
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws ranks 0..n-1 with P(rank k) ∝ 1/(k+1)^s: the first items of `items` are the most frequent. */
export function zipf<T>(items: readonly T[], s = 1.1) {
  const cumulative: number[] = [];
  let total = 0;
  for (let k = 0; k < items.length; k++) cumulative.push((total += 1 / Math.pow(k + 1, s)));
  return (random: Random): T => {
    const target = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return items[lo];
  };
}

/** `count` distinct draws (fewer if the sampler keeps repeating itself). */
export function distinct<T>(draw: (random: Random) => T, random: Random, count: number): T[] {
  const out = new Set<T>();
  for (let tries = 0; out.size < count && tries < count * 10; tries++) out.add(draw(random));
  return [...out];
}

export function pick<T>(items: readonly T[], random: Random): T {
  return items[Math.floor(random() * items.length)];
}

/** Picks a key with the given relative weights. */
export function weighted<K extends string | number>(weights: readonly (readonly [K, number])[], random: Random): K {
  const total = weights.reduce((sum, [, w]) => sum + w, 0);
  let target = random() * total;
  for (const [key, w] of weights) if ((target -= w) < 0) return key;
  return weights[weights.length - 1][0];
}

/** Items ordered by how often `counts` saw them (most frequent first), then the unseen ones in their given order. */
export function byFrequency<T>(all: readonly T[], seen: Iterable<T>): T[] {
  const counts = new Map<T, number>();
  for (const item of seen) counts.set(item, (counts.get(item) ?? 0) + 1);
  return [...all]
    .map((item, index) => ({ item, index, n: counts.get(item) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.index - b.index)
    .map((x) => x.item);
}
