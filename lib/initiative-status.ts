type Period = { startYear: number | null; endYear: number | null; ongoing: boolean };

export type SourceMonth = { year: number; month: number | null };

/**
 * The moment an initiative "ongoing" in its source is known to be ongoing: the source document's date
 * ("2018-03", "2024-05-22" or "2018"). After it, the initiative's status is unknown.
 */
export function ongoingAsOf(sourceDate: string): SourceMonth {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(sourceDate);
  if (!match) throw new Error(`not a source date: ${sourceDate}`);
  return { year: Number(match[1]), month: match[2] ? Number(match[2]) : null };
}

/** The last year an "ongoing" initiative counts as active in period filters and timelines. */
export function ongoingUntilYear(sourceDate: string): number {
  return ongoingAsOf(sourceDate).year;
}

/**
 * Planned, ongoing, completed or unknown, from the period as the source gives it (never guessed).
 * With the source's date, "ongoing" without an end holds only up to that date: later it is unknown
 * ("ongoing-as-of", shown as "ongoing as of March 2018").
 */
export function initiativeStatus(period: Period, currentYear: number, sourceDate?: string): "planned" | "ongoing" | "ongoing-as-of" | "completed" | "unknown" {
  if (period.startYear !== null && period.startYear > currentYear) return "planned";
  if (period.endYear !== null && period.endYear >= currentYear) return "ongoing";
  if (period.ongoing) return sourceDate && ongoingUntilYear(sourceDate) < currentYear ? "ongoing-as-of" : "ongoing";
  if (period.endYear !== null) return "completed";
  return "unknown";
}
