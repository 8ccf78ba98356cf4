import type { Locale } from "../validations/common";
import { initiativeStatus } from "../initiative-status";
import { recordUrl, textIn, type OpenDataRecord } from "./record";
import { exportRowSchema, type ExportRow } from "../validations/api-responses";

/** Column order of the CSV and xlsx exports: the keys of the JSON export's row schema. */
export const EXPORT_COLUMNS = Object.keys(exportRowSchema.shape) as ExportColumn[];

export type ExportColumn = keyof ExportRow;
export type ExportValue = ExportRow[ExportColumn];
export type { ExportRow };
/** Exports state a status per record without its source date: "ongoing as of" is exported as ongoing. */
type ExportStatus = Exclude<ReturnType<typeof initiativeStatus>, "ongoing-as-of">;
export type ExportLabels = { status: Record<ExportStatus, string> };

/** One initiative as an export row: labels in the chosen locale next to the codes. */
export function toExportRow(record: OpenDataRecord, locale: Locale, siteUrl: string, labels: ExportLabels, now = new Date()): ExportRow {
  const donors = record.organisations.filter((o) => o.column === "donor");
  const partners = record.organisations.filter((o) => o.column === "partner");
  const name = ([locale, record.originalLocale, "en", "ja", "fr"] as Locale[]).find((l) => record.texts[l]?.name) ?? locale;
  const computed = initiativeStatus(record, now.getUTCFullYear());
  const status: ExportStatus = computed === "ongoing-as-of" ? "ongoing" : computed;
  const sourceTitle = record.source.title[locale];
  return {
    slug: record.slug,
    url: recordUrl(siteUrl, locale, record.slug),
    name: textIn(record, "name", locale),
    nameLanguage: name,
    summary: textIn(record, "summary", locale),
    donors: donors.map((o) => o.name[locale]),
    donorCodes: donors.map((o) => o.slug),
    donorIatiRoles: donors.map((o) => o.iatiRole),
    partners: partners.map((o) => o.name[locale]),
    partnerCodes: partners.map((o) => o.slug),
    partnerIatiRoles: partners.map((o) => o.iatiRole),
    recipientCountries: record.countries.map((c) => c.name[locale]),
    recipientCountryCodes: record.countries.map((c) => c.code),
    recipientGroups: record.groups.map((g) => g.name[locale]),
    recipientGroupCodes: record.groups.map((g) => g.slug),
    themes: record.themes.map((t) => t.name[locale]),
    themeCodes: record.themes.map((t) => t.slug),
    targetGroups: record.targetGroups.map((t) => t.name[locale]),
    targetGroupCodes: record.targetGroups.map((t) => t.slug),
    startYear: record.startYear,
    startMonth: record.startMonth,
    endYear: record.endYear,
    endMonth: record.endMonth,
    ongoing: record.ongoing,
    status: labels.status[status],
    statusCode: status,
    source: `${sourceTitle}, ${record.source.locator}${record.source.line ? ` (l. ${record.source.line})` : ""}`,
    sourceDocument: record.source.slug,
    sourceLocator: record.source.locator,
    sourceUrl: record.source.url,
    appendixRow: record.appendixRow,
    updatedAt: record.updatedAt.toISOString(),
  };
}

/** A cell as text: lists joined with "; ", unknown IATI roles left empty. */
export function cellText(value: string | number | boolean | null | readonly (string | number | null)[]): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((v) => (v === null ? "" : String(v))).join("; ");
  return String(value);
}
