import type { Locale } from "../validations/common";
import { translateLocator } from "./locator";

export type CitedSource = { citeAs: string; date: string };

/**
 * A short citation a reader can follow: "Murakami (2018), Appendix 1, row 57",
 * "村上(2018)付属資料1 第57行", "Murakami (2018), annexe 1, ligne 57".
 */
export function formatCitation(source: CitedSource, locator: string, locale: Locale) {
  const year = source.date.slice(0, 4);
  const place = translateLocator(locator, locale);
  const work = locale === "ja" ? `${source.citeAs}(${year})` : `${source.citeAs} (${year})`;
  const separator = locale === "ja" ? "" : ", ";
  return { work, locator: place, text: `${work}${separator}${place.text}` };
}
