import { FTS_FOLD_PAIRS } from "./fts-fold-table";

/**
 * What SQLite's trigram tokenizer (`remove_diacritics 1`) compares: each character folded as it folds it
 * (case, and accents of Latin letters: "É" → "e"; ガ stays ガ; no NFKC), read from SQLite itself into
 * lib/search/fts-fold-table.ts. A text contains a phrase for the index exactly when its fold contains the
 * phrase's fold, which lets write-time code decide what a query would match.
 */
export function ftsFold(text: string): string {
  // Most texts are mostly ASCII, where only capitals change.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  const table = foldTable();
  let out = "";
  for (const char of text) {
    const folded = table.get(char.codePointAt(0)!);
    out += folded === undefined ? char : String.fromCodePoint(folded);
  }
  return out;
}

let table: Map<number, number> | undefined;

function foldTable() {
  if (!table) {
    table = new Map();
    for (const pair of FTS_FOLD_PAIRS.split(",")) {
      const [from, to] = pair.split(":");
      table.set(parseInt(from!, 36), parseInt(to!, 36));
    }
  }
  return table;
}
