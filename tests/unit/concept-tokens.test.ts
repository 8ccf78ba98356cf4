import { describe, expect, it } from "vitest";
import { PatternMatcher } from "../../lib/search/aho-corasick";
import { allConcepts } from "../../lib/search/aliases";
import { conceptColumns, conceptToken, vocabularyStamp } from "../../lib/search/concept-tokens";
import { shortWords } from "../../lib/search/text-index";

describe("PatternMatcher", () => {
  it("finds every occurrence of every pattern, overlapping ones included, as a naive search does", () => {
    const random = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const next = random(7);
    const alphabet = "abcé ";
    const word = (length: number) => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join("");
    const patterns = Array.from({ length: 60 }, (_, i) => word(1 + (i % 5)));
    const matcher = new PatternMatcher(patterns.map((p, i) => [p, i] as [string, number]));
    for (let round = 0; round < 50; round++) {
      const text = word(200);
      const found = new Array(patterns.length).fill(0);
      matcher.scan(text, (i) => found[i]++);
      const expected = patterns.map((p) => {
        let count = 0;
        for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) count++;
        return count;
      });
      expect(found).toEqual(expected);
    }
  });
});

describe("conceptColumns", () => {
  const number = (kind: string, id: string) => allConcepts().findIndex((c) => c.kind === kind && c.id === id);
  const columns = (fields: Partial<{ names: string; entities: string; body: string }>) => {
    const doc = { names: "", entities: "", body: "", ...fields };
    return conceptColumns({ ...doc, words: shortWords([doc.names, doc.entities, doc.body].join(" ")) }, shortWords);
  };
  const tokens = (column: string) => column.split(" ").filter(Boolean);

  it("marks each concept in the field that names it, once per occurrence up to three", () => {
    const cyber = conceptToken(number("term", "cybersecurity"));
    const kenya = conceptToken(number("country", "KE"));
    const result = columns({
      names: "Cyber security for Kenya",
      entities: "ケニア",
      body: "cybersécurité, cyber-security, サイバーセキュリティ and cybersecurity again",
    });
    expect(tokens(result.conceptNames).filter((t) => t === cyber)).toHaveLength(1);
    expect(tokens(result.conceptNames)).toContain(kenya);
    expect(tokens(result.conceptEntities)).toEqual([kenya]);
    expect(tokens(result.conceptBody).filter((t) => t === cyber)).toHaveLength(3);
  });

  it("marks a short name only as a whole word", () => {
    const csirt = conceptToken(number("term", "csirt"));
    expect(tokens(columns({ body: "certificate programme" }).conceptBody)).not.toContain(csirt);
    expect(tokens(columns({ body: "the national CERT" }).conceptBody)).toContain(csirt);
  });

  it("gives every concept its own token and the vocabulary a stable stamp", () => {
    const all = allConcepts().map((_, n) => conceptToken(n));
    expect(new Set(all).size).toBe(all.length);
    for (const token of all) expect(token).toMatch(/^[\ue000-\ue2ff]{3}$/u);
    expect(vocabularyStamp()).toMatch(/^[0-9a-f]{16}$/);
  });
});
