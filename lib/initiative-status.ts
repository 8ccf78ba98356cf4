type Period = { startYear: number | null; endYear: number | null; ongoing: boolean };

/** Planned, ongoing, completed or unknown, from the period as the source gives it (never guessed). */
export function initiativeStatus(period: Period, currentYear: number): "planned" | "ongoing" | "completed" | "unknown" {
  if (period.startYear !== null && period.startYear > currentYear) return "planned";
  if (period.ongoing || (period.endYear !== null && period.endYear >= currentYear)) return "ongoing";
  if (period.endYear !== null) return "completed";
  return "unknown";
}
