import { foldKey } from "./normalize";

/**
 * One country as the finders search it: its code, its name for display and the folded keys of
 * every name and alias (lib/search/aliases.ts builds them). Client-safe: no data of its own.
 */
export type CountrySearchEntry = { code: string; name: string; keys: string[] };

// Lower is better: an exact name or alias, then a name that starts with the query, then a word inside a
// name that starts with it, then the query anywhere inside a name.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const INSIDE = 3;
const CODE = -1;

function rankOf(entry: CountrySearchEntry, query: string, code: string): number | null {
  if (code && entry.code === code) return CODE;
  let best: number | null = null;
  for (const key of entry.keys) {
    let rank: number | null = null;
    if (key === query) rank = EXACT;
    else if (key.startsWith(query)) rank = PREFIX;
    else if (key.includes(` ${query}`)) rank = WORD_PREFIX;
    else if ([...query].length >= 2 && key.includes(query)) rank = INSIDE;
    if (rank !== null && (best === null || rank < best)) best = rank;
    if (best === EXACT) break;
  }
  return best;
}

/**
 * The codes of the countries whose names or aliases match the query, best first: accent- and
 * case-insensitive, any of the three languages. A two-letter query equal to a code puts that country first.
 */
export function matchCountries(table: readonly CountrySearchEntry[], query: string, locale?: string): string[] {
  const folded = foldKey(query);
  if (!folded) return [];
  const code = /^[a-z]{2}$/u.test(folded) ? folded.toUpperCase() : "";
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return table
    .map((entry) => ({ entry, rank: rankOf(entry, folded, code) }))
    .filter((hit): hit is { entry: CountrySearchEntry; rank: number } => hit.rank !== null)
    .sort((a, b) => a.rank - b.rank || collator.compare(a.entry.name, b.entry.name))
    .map((hit) => hit.entry.code);
}
