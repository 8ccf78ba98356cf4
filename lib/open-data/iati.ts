import { LOCALES, type Locale } from "../validations/common";
import { initiativeStatus } from "../initiative-status";
import { dacSectorOf } from "./dac-sectors";
import { recordUrl, type Names, type OpenDataRecord } from "./record";
import { attrs, xmlEscape } from "./xml";

export type IatiConfig = { siteUrl: string; reportingOrg: { ref: string; name: string; type: string } };

/** IATI OrganisationType codes for the portal's organisation types. */
const ORG_TYPE: Record<string, string> = {
  government: "10",
  intergovernmental: "40",
  "civil-society": "21",
  private: "70",
  academia: "80",
  cert: "15",
};
/** IATI ActivityStatus: 2 implementation, 3 finalisation... we only know planned/ongoing/closed. */
const ACTIVITY_STATUS = { planned: "1", ongoing: "2", completed: "4" } as const;

const narratives = (texts: Partial<Record<Locale, string | null | undefined>>) =>
  LOCALES.filter((l) => texts[l])
    .map((l) => `<narrative xml:lang="${l}">${xmlEscape(texts[l]!)}</narrative>`)
    .join("");
const names = (n: Names) => narratives(n);

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Unknown months and days take the first (start) or last (end) of the known period; see README. */
function isoDate(year: number, month: number | null, edge: "start" | "end") {
  if (edge === "start") return `${year}-${pad(month ?? 1)}-01`;
  const m = month ?? 12;
  return `${year}-${pad(m)}-${pad(lastDay(year, m))}`;
}

/** The source's date (YYYY, YYYY-MM or YYYY-MM-DD) as the last day it can mean. */
function sourceDate(date: string) {
  const [y, m, d] = date.split("-").map(Number);
  if (d) return `${y}-${pad(m)}-${pad(d)}`;
  return isoDate(y, m || null, "end");
}

const UNKNOWN_START: Record<Locale, string> = {
  ja: "開始時期は出典に記載がない。この日付は、取組を記録した出典文書の日付である。",
  en: "The source does not state when this started; this is the date of the source document that records it.",
  fr: "La source n'indique pas la date de début ; il s'agit de la date du document source qui la consigne.",
};

function activityDates(record: OpenDataRecord, now: Date) {
  const dates: string[] = [];
  const periodText = Object.fromEntries(LOCALES.map((l) => [l, record.texts[l]?.periodText]));
  if (record.startYear !== null) {
    const type = record.startYear > now.getUTCFullYear() ? "1" : "2";
    dates.push(`<activity-date${attrs({ type, "iso-date": isoDate(record.startYear, record.startMonth, "start") })}>${narratives(periodText)}</activity-date>`);
  }
  if (record.endYear !== null) {
    const ended = record.endYear < now.getUTCFullYear() && !record.ongoing;
    dates.push(`<activity-date${attrs({ type: ended ? "4" : "3", "iso-date": isoDate(record.endYear, record.endMonth, "end") })}/>`);
  }
  if (dates.length === 0)
    dates.push(`<activity-date${attrs({ type: "2", "iso-date": sourceDate(record.source.date) })}>${narratives(UNKNOWN_START)}</activity-date>`);
  return dates.join("");
}

/** Roles the source does not give: its donors are taken as Funding (1), its partners as Implementing (4). */
const roleOf = (org: OpenDataRecord["organisations"][number]) => String(org.iatiRole ?? (org.column === "donor" ? 1 : 4));

/** One `iati-activity` element (IATI activity standard 2.03). */
export function iatiActivity(record: OpenDataRecord, config: IatiConfig, now = new Date()): string {
  const computed = initiativeStatus(record, now.getUTCFullYear());
  const status = computed === "ongoing-as-of" ? "ongoing" : computed;
  const title = Object.fromEntries(LOCALES.map((l) => [l, record.texts[l]?.name]));
  const summary = Object.fromEntries(LOCALES.map((l) => [l, record.texts[l]?.summary]));
  const hasSummary = LOCALES.some((l) => summary[l]);
  const sectors = new Map<string, string>();
  for (const theme of record.themes) {
    const dac = dacSectorOf(theme);
    if (dac && !sectors.has(dac.code))
      sectors.set(dac.code, `<sector${attrs({ vocabulary: "1", code: dac.code })}><narrative xml:lang="en">${xmlEscape(dac.name)}</narrative></sector>`);
  }
  const themeUri = `${config.siteUrl}/en/themes`;
  const parts = [
    `<iati-activity${attrs({ "last-updated-datetime": record.updatedAt.toISOString(), "xml:lang": record.originalLocale })}>`,
    `<iati-identifier>${xmlEscape(`${config.reportingOrg.ref}-${record.slug}`)}</iati-identifier>`,
    `<reporting-org${attrs({ ref: config.reportingOrg.ref, type: config.reportingOrg.type })}><narrative xml:lang="en">${xmlEscape(config.reportingOrg.name)}</narrative></reporting-org>`,
    `<title>${narratives(title)}</title>`,
    // The description must have a narrative: without a summary, the record's citation stands in.
    `<description type="1">${hasSummary ? narratives(summary) : narratives({ en: `${record.source.title.en}, ${record.source.locator}` })}</description>`,
    ...record.organisations.map((org) => `<participating-org${attrs({ role: roleOf(org), type: ORG_TYPE[org.type] })}>${names(org.name)}</participating-org>`),
    `<other-identifier${attrs({ ref: record.slug, type: "A1" })}/>`,
    `<activity-status${attrs({ code: status === "unknown" ? "2" : ACTIVITY_STATUS[status] })}/>`,
    activityDates(record, now),
    ...record.countries.map((c) => `<recipient-country${attrs({ code: c.code })}>${names(c.name)}</recipient-country>`),
    ...record.groups.map((g) =>
      g.m49
        ? `<recipient-region${attrs({ code: g.m49, vocabulary: "2" })}>${names(g.name)}</recipient-region>`
        : `<recipient-region${attrs({ code: g.slug, vocabulary: "99", "vocabulary-uri": `${config.siteUrl}/en/countries` })}>${names(g.name)}</recipient-region>`,
    ),
    ...sectors.values(),
    ...record.themes.map((t) => `<sector${attrs({ vocabulary: "99", "vocabulary-uri": themeUri, code: t.slug })}>${names(t.name)}</sector>`),
    `<document-link${attrs({ format: "text/html", url: recordUrl(config.siteUrl, record.originalLocale, record.slug) })}><title>${narratives({ [record.originalLocale]: title[record.originalLocale] ?? record.slug })}</title><category code="A01"/></document-link>`,
    `</iati-activity>`,
  ];
  return parts.join("\n");
}

export function iatiHeader(now = new Date()) {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03"${attrs({ "generated-datetime": now.toISOString() })}>\n`;
}
export const IATI_FOOTER = "</iati-activities>\n";
