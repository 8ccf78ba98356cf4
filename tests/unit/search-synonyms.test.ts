import { describe, expect, it } from "vitest";
import { SYNONYM_SETS } from "../../lib/search/synonyms";
import { expandQuery } from "../../lib/search/query-expansion";
import { indexKey } from "../../lib/search/normalize";

const everything = (q: string) => {
  const groups = expandQuery(q);
  expect(groups, q).toHaveLength(1);
  return [...groups[0].alternatives, ...(groups[0].words ?? [])].map(indexKey);
};

// The synonyms the issue and the brief name, as each locale's reader types them, with what they must reach.
const EXPECTED: [string, string[]][] = [
  ["CSIRT", ["cert", "cirt", "シーサート"]],
  ["CERT", ["csirt", "cirt"]],
  ["CIRT", ["csirt", "cert"]],
  ["cybercrime", ["cyber crime", "cyber-crime", "サイバー犯罪", "cybercriminalité"]],
  ["cyber crime", ["cybercrime", "サイバー犯罪", "cybercriminalité"]],
  ["サイバー犯罪", ["cybercrime", "cyber crime", "cybercriminalité"]],
  ["cybercriminalité", ["cybercrime", "サイバー犯罪"]],
  ["capacity building", ["capacity-building", "renforcement des capacités", "能力構築"]],
  ["renforcement des capacités", ["capacity building", "能力構築"]],
  ["能力構築", ["capacity building", "renforcement des capacités"]],
  ["cybersecurity", ["cyber security", "cybersécurité", "サイバーセキュリティ"]],
  ["cybersécurité", ["cybersecurity", "サイバーセキュリティ"]],
  ["サイバーセキュリティ", ["cybersecurity", "cybersécurité"]],
  ["critical infrastructure", ["重要インフラ", "infrastructures critiques"]],
  ["重要インフラ", ["critical infrastructure", "infrastructures critiques"]],
  ["infrastructures critiques", ["critical infrastructure", "重要インフラ"]],
  ["confidence-building measures", ["cbms", "信頼醸成措置", "mesures de confiance"]],
  ["CBMs", ["confidence-building measures", "信頼醸成措置"]],
  ["信頼醸成措置", ["confidence-building measures", "mesures de confiance"]],
  ["mesures de confiance", ["confidence-building measures", "信頼醸成措置"]],
  ["incident response", ["インシデント対応", "réponse aux incidents"]],
  ["インシデント対応", ["incident response"]],
];

describe("synonyms", () => {
  it.each(EXPECTED)("%s reaches its synonyms", (q, expected) => {
    expect(everything(q)).toEqual(expect.arrayContaining(expected.map(indexKey)));
  });

  // Every form of every set, typed alone, reaches every other form of its set: each set works from each locale.
  for (const set of SYNONYM_SETS)
    it(`${set.id}: each form reaches the others`, () => {
      expect(set.forms.length).toBeGreaterThanOrEqual(3);
      for (const form of set.forms) expect(everything(form), form).toEqual(expect.arrayContaining(set.forms.map(indexKey)));
    });

  it("keeps about twenty sets, each in Japanese, English and French", () => {
    expect(SYNONYM_SETS.length).toBeGreaterThanOrEqual(20);
    for (const set of SYNONYM_SETS) {
      expect(
        set.forms.some((form) => /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(form)),
        set.id,
      ).toBe(true);
      expect(new Set(set.forms.map(indexKey)).size, set.id).toBe(set.forms.length);
    }
  });

  it("leaves short forms to whole-word matching: 'cert' is inside 'certificate'", () => {
    const [group] = expandQuery("CSIRT");
    expect(group.alternatives).not.toContain("cert");
    expect(group.words).toEqual(expect.arrayContaining(["cert", "cirt"]));
  });
});
