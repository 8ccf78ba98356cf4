import { ongoingUntilYear } from "@/lib/initiative-status";

type Span = { startYear: number | null; endYear: number | null; ongoing: boolean; sourceDate: string };

/** First year of a dated bar. */
export const barStartYear = (item: Span) => (item.startYear ?? item.endYear)!;

/** Last year of a dated bar: its end, or for an ongoing one the source's year (its status after that is unknown). */
export function barEndYear(item: Span): number {
  if (item.endYear !== null) return item.endYear;
  return item.ongoing ? Math.max(barStartYear(item), ongoingUntilYear(item.sourceDate)) : barStartYear(item);
}
