import { getFormatter } from "next-intl/server";

/** A date known to the day ("2015-07-22"), the month ("2013-06") or the year ("2015"), formatted per locale. */
export async function PartialDate({ value }: { value: string }) {
  const format = await getFormatter();
  const [year, month, day] = value.split("-").map(Number);
  if (day) return <time dateTime={value}>{format.dateTime(new Date(Date.UTC(year, month - 1, day)), { dateStyle: "long", timeZone: "UTC" })}</time>;
  if (month)
    return <time dateTime={value}>{format.dateTime(new Date(Date.UTC(year, month - 1, 1)), { year: "numeric", month: "long", timeZone: "UTC" })}</time>;
  return <time dateTime={value}>{value}</time>;
}
