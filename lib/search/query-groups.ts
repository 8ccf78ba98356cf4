import type { QueryGroup } from "./text-index";

/** Splits a free-text query into at most 8 distinct terms (whitespace, ideographic space included). */
export function queryTerms(q: string | undefined): string[] {
  if (!q) return [];
  const terms = q
    .normalize("NFKC")
    .split(/[\s\u3000]+/u)
    .map((term) => term.replace(/^["'«»「」『』]+|["'«»「」『』]+$/gu, ""))
    .filter(Boolean);
  return [...new Set(terms)].slice(0, 8);
}

export function queryGroups(q: string | undefined): QueryGroup[] {
  return queryTerms(q).map((term) => ({ alternatives: [term] }));
}
