import type { Bar } from "./bar-chart";

/** Every year from the first to the last, with 0 for years in which nothing started (a time axis has no gaps). */
export function continuousYears(counts: Iterable<[year: number, count: number]>, href: (year: string) => Bar["href"]): Bar[] {
  const byYear = new Map(counts);
  if (!byYear.size) return [];
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i)).map((year) => ({
    key: year,
    label: year,
    value: byYear.get(Number(year)) ?? 0,
    href: href(year),
  }));
}
