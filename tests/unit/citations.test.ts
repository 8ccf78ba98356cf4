import { describe, expect, it } from "vitest";
import { formatCitation } from "../../lib/citations/format";
import { translateLocator } from "../../lib/citations/locator";

const murakami = { citeAs: "Murakami", date: "2018-03" };

describe("formatCitation", () => {
  it("reads as author (year), place in each locale", () => {
    expect(formatCitation(murakami, "Appendix 1, row 57", "en").text).toBe("Murakami (2018), Appendix 1, row 57");
    expect(formatCitation({ ...murakami, citeAs: "村上" }, "Appendix 1, row 57", "ja").text).toBe("村上(2018)付属資料1 第57行");
    expect(formatCitation(murakami, "Appendix 1, row 57", "fr").text).toBe("Murakami (2018), annexe 1, ligne 57");
  });
});

describe("translateLocator", () => {
  it.each([
    ["Appendix 2.5, A/70/174 (norms para 13)", "付属資料2.5 A/70/174(規範 第13項)", "annexe 2.5, A/70/174 (normes, §\u00a013)"],
    // GGE report pages: a UN symbol, with or without a norms paragraph, and a bare section.
    ["Appendix 2.2, A/RES/53/70", "付属資料2.2 A/RES/53/70", "annexe 2.2, A/RES/53/70"],
    ["§6.1", "第6.1節", "§\u00a06.1"],
    ["§5.2 (also §4.4.2, §7)", "第5.2節(第4.4.2節、第7節も参照)", "§\u00a05.2 (voir aussi §\u00a04.4.2, §\u00a07)"],
    ["Appendix 1, rows 89-91; list of abbreviations", "付属資料1 第89〜91行、略語一覧", "annexe 1, lignes 89 à 91\u202f; liste des abréviations"],
    [
      "§3.1.2, table 3 (row 1); Appendix 2.1 (A/60/202, paras 1-5)",
      "第3.1.2節 表3(第1行)、付属資料2.1(A/60/202、第1〜5項)",
      "§\u00a03.1.2, tableau 3 (ligne 1)\u202f; annexe 2.1 (A/60/202, §\u00a01 à 5)",
    ],
    ["Three pillars, 3: capacity building", "三本柱 3 能力構築支援", "trois piliers, 3\u00a0: renforcement des capacités"],
  ])("%s", (locator, ja, fr) => {
    expect(translateLocator(locator, "ja")).toEqual({ text: ja, lang: "ja" });
    expect(translateLocator(locator, "fr")).toEqual({ text: fr, lang: "fr" });
    expect(translateLocator(locator, "en")).toEqual({ text: locator, lang: "en" });
  });

  it("keeps an unknown wording in English, marked as such, rather than half-translating it", () => {
    expect(translateLocator("Chapter 9, footnote on something new", "ja")).toEqual({ text: "Chapter 9, footnote on something new", lang: "en" });
    expect(translateLocator("Chapter 9, footnote on something new", "fr").lang).toBe("en");
  });
});

describe("every locator in the seed data", () => {
  it("is translated into Japanese and French", async () => {
    const { loadSeedData } = await import("../../lib/seed/load-seed-data");
    const { data } = loadSeedData();
    const locators = new Set<string>([
      ...data.initiatives.map((i) => i.source.locator),
      ...data.organisations.map((o) => o.source.locator),
      ...data.ggeSessions.map((s) => s.source.locator),
      ...data.ggeDocuments.map((d) => d.source.locator),
      ...data.typology.map((t) => t.source.locator),
      ...data.events.map((e) => e.source.locator),
    ]);
    const untranslated = [...locators].filter((l) => translateLocator(l, "ja").lang !== "ja" || translateLocator(l, "fr").lang !== "fr");
    expect(untranslated).toEqual([]);
  });
});
