/** The live count's text per plural form, "{n}" standing for the number; made on the server (ja/en/fr use only these forms). */
export type PreviewTexts = { zero: string; one: string; other: string };
export const COUNT_SLOT = "{n}";

/** The text for a count, on the client, without shipping a message runtime. */
export function previewText(texts: PreviewTexts, locale: string, total: number) {
  const text = total === 0 ? texts.zero : new Intl.PluralRules(locale).select(total) === "one" ? texts.one : texts.other;
  return text.replace(COUNT_SLOT, new Intl.NumberFormat(locale).format(total));
}
