import type { Locale } from "../validations/common";

export type Names = Record<Locale, string>;
export type InitiativeTexts = Partial<Record<Locale, { name: string | null; summary: string | null; periodText: string | null }>>;

/** One published initiative with every translation and the codes of what it links to (exports, feeds, IATI). */
export type OpenDataRecord = {
  slug: string;
  appendixRow: number | null;
  originalLocale: Locale;
  startYear: number | null;
  startMonth: number | null;
  endYear: number | null;
  endMonth: number | null;
  ongoing: boolean;
  createdAt: Date;
  updatedAt: Date;
  texts: InitiativeTexts;
  organisations: {
    slug: string;
    acronym: string | null;
    type: string;
    country: string | null;
    name: Names;
    column: "donor" | "partner";
    funding: boolean;
    iatiRole: number | null;
  }[];
  countries: { code: string; name: Names }[];
  groups: { slug: string; kind: string; m49: string | null; name: Names }[];
  themes: { slug: string; parent: string | null; gfceCode: string | null; name: Names }[];
  targetGroups: { slug: string; name: Names }[];
  source: { slug: string; title: Names; author: string | null; publisher: Names; date: string; url: string | null; locator: string; line: number | null };
};

/** The text of a field in the wanted locale, else the original locale's, else any. */
export function textIn(record: OpenDataRecord, field: "name" | "summary" | "periodText", locale: Locale): string | null {
  for (const l of [locale, record.originalLocale, "en", "ja", "fr"] as Locale[]) {
    const value = record.texts[l]?.[field];
    if (value) return value;
  }
  return null;
}

export const recordUrl = (siteUrl: string, locale: Locale, slug: string) => `${siteUrl}/${locale}/initiatives/${slug}`;
