import { describe, expect, it } from "vitest";
import { expandQuery } from "../../lib/search/query-expansion";

describe("expandQuery", () => {
  it("merges the words of a known name and keeps one group per concept", () => {
    const groups = expandQuery("Viet Nam cybercrime");
    expect(groups).toHaveLength(2);
    expect(groups[0].alternatives[0]).toBe("viet nam");
    expect(groups[0].countryCodes).toEqual(["VN"]);
    expect(groups[1].alternatives).toEqual(expect.arrayContaining(["cybercrime", "サイバー犯罪"]));
  });

  it("merges the longest name first", () => {
    expect(expandQuery("Ivory Coast").map((g) => g.countryCodes)).toEqual([["CI"]]);
    expect(expandQuery("capacity building in Viet Nam").map((g) => g.alternatives[0])).toEqual(["capacity building", "in", "viet nam"]);
    expect(expandQuery("cyber crime Côte d'Ivoire").map((g) => g.alternatives[0])).toEqual(["cyber crime", "côte d'ivoire"]);
    expect(expandQuery("North Korea")).toHaveLength(1);
    expect(expandQuery("Korea North")).toHaveLength(2);
  });

  it("splits like the current search: NFKC, ideographic spaces, quotes, duplicates, at most 8 groups", () => {
    expect(expandQuery("ベトナム\u3000サイバー犯罪").map((g) => g.countryCodes ?? null)).toEqual([["VN"], null]);
    expect(expandQuery("ＵＳＡ")[0].countryCodes).toEqual(["US"]);
    expect(expandQuery('«Vietnam» "phishing"').map((g) => g.alternatives[0])).toEqual(["vietnam", "phishing"]);
    expect(expandQuery("Vietnam vietnam Viet Nam")).toHaveLength(2);
    expect(expandQuery("a1 b2 c3 d4 e5 f6 g7 h8 i9 j10")).toHaveLength(8);
    expect(expandQuery("")).toEqual([]);
    expect(expandQuery("  \u3000 ")).toEqual([]);
  });

  it("keeps an unknown term alone, lower-cased with its accents", () => {
    expect(expandQuery("Zéphyrin")).toEqual([{ alternatives: ["zéphyrin"] }]);
  });

  it("puts the typed term first and never repeats a form the index could not tell apart", () => {
    const [group] = expandQuery("Côte d'Ivoire");
    expect(group.alternatives[0]).toBe("côte d'ivoire");
    expect(group.alternatives).not.toContain("cote d'ivoire");
    expect(group.alternatives).toContain("ivory coast");
  });
});

describe("organisation names", () => {
  it("merges an organisation's name without its country qualifier, but not a name several share", () => {
    expect(expandQuery("Federal Bureau of Investigation")[0].organisationSlugs).toEqual(["us-fbi"]);
    expect(expandQuery("Ministry of Foreign Affairs")).toHaveLength(4);
  });

  it("reads LAC as Latin America and the Caribbean too", () => {
    const [group] = expandQuery("LAC");
    expect(group.groupSlugs).toEqual(["latin-america-caribbean"]);
    expect(group.alternatives).toEqual(expect.arrayContaining(["latin america", "中南米", "amérique latine"]));
  });
});
