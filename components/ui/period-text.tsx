import { getFormatter, getTranslations } from "next-intl/server";
import type { useFormatter } from "next-intl";
import { ongoingAsOf } from "@/lib/initiative-status";

type Props = {
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  startMonth?: number | null;
  endMonth?: number | null;
  /** The source document's date: an "ongoing" period is only known to be ongoing as of then. */
  sourceDate?: string | null;
};

/** A period as "2012–2015", "since 2009, ongoing as of March 2018 (source date)" or "not stated in the source". Years are not grouped (2,015). */
export async function PeriodText({ startYear, endYear, ongoing, startMonth, endMonth, sourceDate }: Props) {
  const t = await getTranslations("Period");
  const format = await getFormatter();
  const part = (year: number, month?: number | null) => yearMonth(format, year, month);
  const asOf = sourceDate ? ongoingAsOf(sourceDate) : null;
  if (startYear === null && endYear === null) {
    if (!ongoing) return <>{t("unknown")}</>;
    return <>{asOf ? t("ongoingAsOf", { asOf: part(asOf.year, asOf.month) }) : t("ongoingUnknownStart")}</>;
  }
  if (startYear !== null && ongoing)
    return (
      <>
        {asOf ? t("sinceAsOf", { start: part(startYear, startMonth), asOf: part(asOf.year, asOf.month) }) : t("since", { start: part(startYear, startMonth) })}
      </>
    );
  if (startYear !== null && endYear !== null)
    return startYear === endYear && !startMonth && !endMonth ? (
      <>{String(startYear)}</>
    ) : (
      <>{t("range", { start: part(startYear, startMonth), end: part(endYear, endMonth) })}</>
    );
  if (startYear !== null) return <>{t("startOnly", { start: part(startYear, startMonth) })}</>;
  return <>{t("until", { end: part(endYear!, endMonth) })}</>;
}

/** "March 2018" / "2018年3月" / "mars 2018", or the bare year when the month is unknown. */
export function yearMonth(format: ReturnType<typeof useFormatter>, year: number, month?: number | null): string {
  return month ? format.dateTime(new Date(Date.UTC(year, month - 1, 1)), { year: "numeric", month: "long", timeZone: "UTC" }) : String(year);
}
