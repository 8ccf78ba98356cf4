import { COMMON_WORDS } from "./group-aliases";
import { conceptIndex, longestNameWords, type Concept } from "./aliases";
import { foldKey, indexKey, isShortForm, normalizeTerm, stripQuotes } from "./normalize";
import { conceptNumber } from "./concept-tokens";

/**
 * One required part of a query: a text matches the group when it contains any alternative (substring,
 * as the trigram index matches) or any of `words` as a whole word. Groups combine with AND.
 * - `alternatives`: the term as typed (normalised) first, then every name of the same concept that is
 *   safe to look for inside words; accents kept (the index removes them).
 * - `words`: short names of the concept ("us", "uk", "cert", "タイ") that would match inside unrelated
 *   words ("focus", "certificate", "タイプ"): match them as whole words, or not at all.
 * - `countryCodes`, `groupSlugs`, `organisationSlugs`: what the term names, to match recipients,
 *   groups and organisations by key rather than by text.
 * - `concepts`: the numbers of the concepts whose names were added (lib/search/concept-tokens.ts), so that
 *   an index that marked them at write time can look up one token instead of every name.
 */
export type QueryGroup = {
  alternatives: string[];
  words?: string[];
  countryCodes?: string[];
  groupSlugs?: string[];
  organisationSlugs?: string[];
  concepts?: number[];
};

const MAX_GROUPS = 8;

/** The words of a query as lib/db/search-sql.ts `queryTerms` splits them (before de-duplication). */
function queryWords(q: string): string[] {
  return q
    .normalize("NFKC")
    .split(/[\s\u3000]+/u)
    .map(stripQuotes)
    .filter(Boolean);
}

/** The concepts a phrase names. A common word ("us", "un", "first") names something only in capitals. */
function conceptsOf(phrase: string): Concept[] {
  const key = foldKey(phrase);
  if (!key) return [];
  if (COMMON_WORDS.has(key) && phrase !== phrase.toUpperCase()) return [];
  return conceptIndex().get(key) ?? [];
}

function groupOf(phrase: string, concepts: Concept[]): QueryGroup {
  const term = normalizeTerm(phrase);
  const seen = new Set([indexKey(term)]);
  const alternatives = [term];
  const words: string[] = [];
  for (const concept of concepts)
    for (const form of concept.forms) {
      const key = indexKey(form);
      if (seen.has(key)) continue;
      seen.add(key);
      (isShortForm(form) ? words : alternatives).push(normalizeTerm(form));
    }
  const group: QueryGroup = { alternatives };
  if (words.length) group.words = words;
  const ids = (kind: Concept["kind"]) => [...new Set(concepts.filter((c) => c.kind === kind).map((c) => c.id))];
  if (ids("country").length) group.countryCodes = ids("country");
  if (ids("group").length) group.groupSlugs = ids("group");
  if (ids("organisation").length) group.organisationSlugs = ids("organisation");
  const numbers = concepts.map(conceptNumber).filter((n): n is number => n !== undefined);
  if (numbers.length) group.concepts = numbers;
  return group;
}

/**
 * Splits a query into groups (at most 8; every group must match, any alternative within a group may),
 * first merging adjacent words that form a known name or synonym, longest first ("viet nam",
 * "ivory coast", "capacity building"), then adding every other name of what each part names.
 */
export function expandQuery(q: string): QueryGroup[] {
  const words = queryWords(q ?? "");
  const longest = longestNameWords();
  const groups: QueryGroup[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length && groups.length < MAX_GROUPS;) {
    let length = Math.min(longest, words.length - i);
    let concepts: Concept[] = [];
    for (; length > 1; length--) {
      concepts = conceptsOf(words.slice(i, i + length).join(" "));
      if (concepts.length) break;
    }
    const phrase = words.slice(i, i + length).join(" ");
    if (length === 1) concepts = conceptsOf(phrase);
    i += length;
    const key = foldKey(phrase);
    if (seen.has(key)) continue;
    seen.add(key);
    groups.push(groupOf(phrase, concepts));
  }
  return groups;
}
