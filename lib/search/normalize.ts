/**
 * Text normalisation shared by the alias tables, the query expansion and the country finders.
 * Client-safe and dependency-free: the admin country finder imports it.
 */

const QUOTES = /^["'«»「」『』“”‘’]+|["'«»「」『』“”‘’]+$/gu;

/** A query term or alias as the text index receives it: NFKC, lower-case, straight apostrophes, accents kept. */
export function normalizeTerm(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/\s+/gu, " ")
    .trim();
}

/** Two forms the text index cannot tell apart (it removes diacritics) share this key; "cyber-crime" and "cyber crime" do not. */
export function indexKey(text: string): string {
  return normalizeTerm(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .normalize("NFC");
}

/** Strips surrounding quotes the way the current search does (lib/db/search-sql.ts `queryTerms`). */
export function stripQuotes(term: string): string {
  return term.replace(QUOTES, "");
}

/**
 * The comparison key: accents removed from Latin letters only (a blanket NFD would also strip the
 * Japanese voicing marks, turning ベ into ヘ), hyphens, dashes and
 * apostrophes as spaces, dots, Japanese middle dots and other punctuation dropped, so "U.S.A." = "usa",
 * "Côte-d'Ivoire" = "cote d ivoire", "Timor-Leste" = "timor leste", "サイバー・セキュリティ" = "サイバーセキュリティ".
 */
export function foldKey(text: string): string {
  return normalizeTerm(text)
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/gu, "")
    .normalize("NFC")
    .replace(/[-‐‑‒–—―']/gu, " ")
    .replace(/[.,;:!?()[\]{}"«»「」『』“”・･]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const SHORT_LATIN = /^[a-z0-9]{1,4}$/u;
const SHORT_KANA = /^[\p{Script=Katakana}\p{Script=Hiragana}ー]{1,2}$/u;

/**
 * Forms too short to look for inside words: a trigram (substring) index would find "oman" in "woman",
 * "us" in "focus", "タイ" in "タイプ". They should be matched as whole words only.
 */
export function isShortForm(form: string): boolean {
  const key = foldKey(form).replace(/ /gu, "");
  return SHORT_LATIN.test(key) || SHORT_KANA.test(key);
}

/** Trigram indexes cannot answer terms shorter than this. */
export const MIN_INDEXED_LENGTH = 3;

export const isIndexable = (term: string) => [...term].length >= MIN_INDEXED_LENGTH;
