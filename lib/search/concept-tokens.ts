import { createHash } from "node:crypto";
import { allConcepts, type Concept } from "./aliases";
import { PatternMatcher } from "./aho-corasick";
import { ftsFold } from "./fts-fold";
import { FTS_FOLD_PAIRS } from "./fts-fold-table";
import { isIndexable, isShortForm, normalizeTerm } from "./normalize";

/**
 * Concepts marked in the text index when a document is written, so that a query naming a known concept
 * ("cybersecurity", "サイバー犯罪", "Viet Nam") looks up one rare token instead of six to eight phrases
 * made of the commonest trigrams of the catalogue ("cyb", "ber", "サイバ"). A document carries a concept's
 * token exactly when the phrase query of the concept's names would match it (lib/search/text-index-sqlite.ts
 * `ftsExpression`): any name of 3 characters or more inside any column, or a short name as a whole word.
 * Tokens are three private-use characters, one trigram that no text contains.
 */

/** Bumped when the way documents are marked changes, so that stored marks are known to be stale. */
const MARKING_VERSION = 1;

export type ConceptFields = { names: string; entities: string; body: string; words: string };
export type ConceptColumns = { conceptNames: string; conceptEntities: string; conceptBody: string };

/** Occurrences counted per field, so that the ranking still prefers a concept named in the title. */
const MAX_REPEATS = 3;

type Patterns = { substrings: string[]; words: string[] };
type Marking = {
  numbers: Map<Concept, number>;
  patterns: Patterns[];
  substrings: PatternMatcher<number>;
  words: PatternMatcher<number>;
  stamp: string;
};
let marking: Marking | undefined;

/** The forms a query group looks for inside any column, and the short ones it looks for as whole words. */
function patternsOf(concept: Concept): Patterns {
  const substrings: string[] = [];
  const words: string[] = [];
  for (const form of concept.forms) {
    const term = normalizeTerm(form);
    if (isShortForm(form)) words.push(ftsFold(` ${term} `));
    else if (isIndexable(term)) substrings.push(ftsFold(term));
  }
  return { substrings, words };
}

function build(): Marking {
  const concepts = allConcepts();
  const numbers = new Map(concepts.map((concept, n) => [concept, n]));
  const patterns = concepts.map(patternsOf);
  const substrings: [string, number][] = [];
  const words: [string, number][] = [];
  const hash = createHash("sha256").update(`v${MARKING_VERSION}`).update(FTS_FOLD_PAIRS);
  concepts.forEach((concept, n) => {
    for (const pattern of patterns[n]!.substrings) substrings.push([pattern, n]);
    for (const pattern of patterns[n]!.words) words.push([pattern, n]);
    hash.update(JSON.stringify([n, concept.kind, concept.id, patterns[n]]));
  });
  return {
    numbers,
    patterns,
    substrings: new PatternMatcher(substrings),
    words: new PatternMatcher(words),
    stamp: hash.digest("hex").slice(0, 16),
  };
}

const state = () => (marking ??= build());

/** Identifies the concepts and their names: documents marked under another stamp cannot be trusted. */
export const vocabularyStamp = () => state().stamp;

/** The concept's number in the vocabulary (undefined for a concept not in it). */
export const conceptNumber = (concept: Concept) => state().numbers.get(concept);

/** What marks concept `n` in a document: the folded names a query group looks for, computed once. */
export const conceptPatterns = (n: number): Patterns => state().patterns[n]!;

export function conceptToken(n: number): string {
  return String.fromCharCode(0xe000 + (n >> 8), 0xe100 + (n & 0xff), 0xe200);
}

/** The token columns of one document: each concept it names, repeated per occurrence (up to 3) in the field it is named in. */
export function conceptColumns(fields: ConceptFields, wordsOf: (text: string) => string): ConceptColumns {
  const { substrings, words } = state();
  const seen = new Set<number>();
  const column = (...texts: string[]) => {
    const counts = new Map<number, number>();
    const found = (n: number) => counts.set(n, (counts.get(n) ?? 0) + 1);
    for (const text of texts) substrings.scan(ftsFold(text), found);
    for (const text of texts) words.scan(ftsFold(wordsOf(text)), found);
    for (const n of counts.keys()) seen.add(n);
    return counts;
  };
  const names = column(fields.names);
  const entities = column(fields.entities);
  const body = column(fields.body);
  // The words column holds every short word in one line: a name could match across two of them, as the phrase query would.
  substrings.scan(ftsFold(fields.words), (n) => {
    if (!seen.has(n)) body.set(n, 1);
  });
  const tokens = (counts: Map<number, number>) =>
    [...counts].flatMap(([n, count]) => Array<string>(Math.min(count, MAX_REPEATS)).fill(conceptToken(n))).join(" ");
  return { conceptNames: tokens(names), conceptEntities: tokens(entities), conceptBody: tokens(body) };
}
