import "server-only";
import type { Locale } from "../validations/common";

type Named = { nameJa: string; nameEn: string; nameFr: string };

const SUFFIX: Record<Locale, "Ja" | "En" | "Fr"> = { ja: "Ja", en: "En", fr: "Fr" };

/** The column suffix of a locale ("Ja", "En", "Fr") for localised columns. */
export function localeSuffix(locale: Locale) {
  return SUFFIX[locale];
}

export function localName(row: Named, locale: Locale): string {
  return row[`name${SUFFIX[locale]}`];
}

/** Picks a localised column group such as summaryJa/summaryEn/summaryFr. */
export function localField<T extends Record<string, unknown>>(row: T, prefix: string, locale: Locale): string | null {
  const value = row[`${prefix}${SUFFIX[locale]}`];
  return typeof value === "string" ? value : null;
}

/** A text with the locale it is actually written in, so the page can mark a fallback with `lang`. */
export type LocalizedText = { text: string; locale: Locale; isFallback: boolean };

/** Chooses the text in the wanted locale, else the original locale's, else any. */
export function pickText(texts: Partial<Record<Locale, string | null | undefined>>, locale: Locale, originalLocale: Locale): LocalizedText | null {
  const order: Locale[] = [locale, originalLocale, "en", "ja", "fr"];
  for (const candidate of order) {
    const text = texts[candidate];
    if (text) return { text, locale: candidate, isFallback: candidate !== locale };
  }
  return null;
}
