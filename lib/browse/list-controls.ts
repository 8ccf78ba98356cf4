/** Search, sort and pagination of a browse list, done on the rows a query returned (small lists; keeps SQL simple). */

/** Lower case, accents and width folded, katakana as hiragana: "Côte d’Ivoire" ~ "cote d'ivoire", "ケニア" ~ "けにあ". */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[\u30a1-\u30f6]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0x60))
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** The rows any of whose names (in any language) contains the query; every row when the query is empty. */
export function filterByName<T>(rows: T[], query: string | undefined, namesOf: (row: T) => (string | null | undefined)[]): T[] {
  const needle = foldForSearch(query ?? "");
  if (!needle) return rows;
  return rows.filter((row) => namesOf(row).some((name) => name && foldForSearch(name).includes(needle)));
}

export type SortDirection = "asc" | "desc";

/** Sorts by a number or text column (text by the locale's collation); ties fall back to the name, A to Z. */
export function sortRows<T>(rows: T[], value: (row: T) => string | number | null, direction: SortDirection, locale: string, nameOf: (row: T) => string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    let order = 0;
    if (x === null || y === null) order = x === y ? 0 : x === null ? 1 : -1;
    else order = sign * (typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y)));
    return order || collator.compare(nameOf(a), nameOf(b));
  });
}

export type PageOf<T> = { items: T[]; page: number; pageCount: number; total: number; pageSize: number };

/** One page of rows; a page past the end gives the last page. */
export function paginate<T>(rows: T[], page: number, pageSize: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);
  return { items: rows.slice((current - 1) * pageSize, current * pageSize), page: current, pageCount, total: rows.length, pageSize };
}
