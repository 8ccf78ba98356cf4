import { getFormatter, getTranslations } from "next-intl/server";
import { datasetLastUpdated } from "@/lib/db/last-updated";

/** "Data last updated: 27 November 2026", in the reader's language, from the latest change to a published initiative. */
export async function LastUpdated() {
  const [updated, t, format] = await Promise.all([datasetLastUpdated(), getTranslations("Layout"), getFormatter()]);
  if (!updated) return null;
  const date = format.dateTime(updated, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  return <>{t.rich("lastUpdated", { date, time: (chunks) => <time dateTime={updated.toISOString().slice(0, 10)}>{chunks}</time> })}</>;
}
