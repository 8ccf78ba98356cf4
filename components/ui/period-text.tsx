import { getFormatter, getTranslations } from "next-intl/server";

type Props = { startYear: number | null; endYear: number | null; ongoing: boolean; startMonth?: number | null; endMonth?: number | null };

/** A period as "2012–2015", "since 2009 (ongoing)" or "not stated in the source". Years are not grouped (2,015). */
export async function PeriodText({ startYear, endYear, ongoing, startMonth, endMonth }: Props) {
  const t = await getTranslations("Period");
  const format = await getFormatter();
  const part = (year: number, month?: number | null) =>
    month ? format.dateTime(new Date(Date.UTC(year, month - 1, 1)), { year: "numeric", month: "long", timeZone: "UTC" }) : String(year);
  if (startYear === null && endYear === null) return <>{ongoing ? t("ongoingUnknownStart") : t("unknown")}</>;
  if (startYear !== null && ongoing) return <>{t("since", { start: part(startYear, startMonth) })}</>;
  if (startYear !== null && endYear !== null)
    return startYear === endYear && !startMonth && !endMonth ? <>{String(startYear)}</> : <>{t("range", { start: part(startYear, startMonth), end: part(endYear, endMonth) })}</>;
  if (startYear !== null) return <>{t("startOnly", { start: part(startYear, startMonth) })}</>;
  return <>{t("until", { end: part(endYear!, endMonth) })}</>;
}
