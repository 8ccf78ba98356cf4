import { describe, expect, it } from "vitest";
import { countryAliases, findCountries } from "../../lib/search/aliases";
import { allCountryCodes } from "../../lib/geo/country-codes";
import { expandQuery } from "../../lib/search/query-expansion";
import { foldKey } from "../../lib/search/normalize";
import type { Locale } from "../../lib/validations/common";

// The aliases the issue and the brief name, in the form a reader of each locale types them.
const COUNTRY_FORMS: Record<Locale, [string, string][]> = {
  en: [
    ["Vietnam", "VN"],
    ["Viet Nam", "VN"],
    ["Turkey", "TR"],
    ["Türkiye", "TR"],
    ["Turkiye", "TR"],
    ["Ivory Coast", "CI"],
    ["Cote d'Ivoire", "CI"],
    ["United States", "US"],
    ["USA", "US"],
    ["US", "US"],
    ["U.S.", "US"],
    ["America", "US"],
    ["United Kingdom", "GB"],
    ["UK", "GB"],
    ["Britain", "GB"],
    ["Great Britain", "GB"],
    ["Korea", "KR"],
    ["South Korea", "KR"],
    ["Republic of Korea", "KR"],
    ["North Korea", "KP"],
    ["DPRK", "KP"],
    ["Russia", "RU"],
    ["Iran", "IR"],
    ["Laos", "LA"],
    ["Lao PDR", "LA"],
    ["Syria", "SY"],
    ["Moldova", "MD"],
    ["Czechia", "CZ"],
    ["Czech Republic", "CZ"],
    ["Eswatini", "SZ"],
    ["Swaziland", "SZ"],
    ["North Macedonia", "MK"],
    ["Macedonia", "MK"],
    ["Myanmar", "MM"],
    ["Burma", "MM"],
    ["Cabo Verde", "CV"],
    ["Cape Verde", "CV"],
    ["Timor-Leste", "TL"],
    ["East Timor", "TL"],
  ],
  fr: [
    ["Viêt Nam", "VN"],
    ["Vietnam", "VN"],
    ["Turquie", "TR"],
    ["Côte d'Ivoire", "CI"],
    ["Côte d’Ivoire", "CI"],
    ["États-Unis", "US"],
    ["Etats-Unis", "US"],
    ["Royaume-Uni", "GB"],
    ["Grande-Bretagne", "GB"],
    ["Corée", "KR"],
    ["Corée du Sud", "KR"],
    ["Corée du Nord", "KP"],
    ["RPDC", "KP"],
    ["Russie", "RU"],
    ["Laos", "LA"],
    ["Syrie", "SY"],
    ["Moldavie", "MD"],
    ["Tchéquie", "CZ"],
    ["République tchèque", "CZ"],
    ["Macédoine du Nord", "MK"],
    ["Birmanie", "MM"],
    ["Cap-Vert", "CV"],
    ["Timor oriental", "TL"],
  ],
  ja: [
    ["ベトナム", "VN"],
    ["越南", "VN"],
    ["トルコ", "TR"],
    ["コートジボワール", "CI"],
    ["米国", "US"],
    ["アメリカ", "US"],
    ["英国", "GB"],
    ["イギリス", "GB"],
    ["韓国", "KR"],
    ["北朝鮮", "KP"],
    ["ロシア", "RU"],
    ["イラン", "IR"],
    ["ラオス", "LA"],
    ["シリア", "SY"],
    ["モルドバ", "MD"],
    ["チェコ", "CZ"],
    ["エスワティニ", "SZ"],
    ["スワジランド", "SZ"],
    ["北マケドニア", "MK"],
    ["ミャンマー", "MM"],
    ["ビルマ", "MM"],
    ["カーボベルデ", "CV"],
    ["東ティモール", "TL"],
  ],
};

describe("country aliases", () => {
  for (const [locale, forms] of Object.entries(COUNTRY_FORMS) as [Locale, [string, string][]][])
    for (const [form, code] of forms) {
      it(`${locale}: "${form}" names ${code} in the query and comes first in the finder`, () => {
        const groups = expandQuery(form);
        expect(groups).toHaveLength(1);
        expect(groups[0].countryCodes).toEqual([code]);
        expect(findCountries(form, locale)[0]).toBe(code);
      });
    }

  it("expands Vietnam to its other names in every language", () => {
    const [group] = expandQuery("Vietnam");
    expect(group.alternatives[0]).toBe("vietnam");
    expect(group.alternatives).toEqual(expect.arrayContaining(["viet nam", "ベトナム", "越南"]));
    expect(group.countryCodes).toEqual(["VN"]);
  });

  it("keeps the countries' names in ja/en/fr for every ISO code", () => {
    expect(allCountryCodes().length).toBeGreaterThanOrEqual(249);
    expect(countryAliases("FR")).toEqual(expect.arrayContaining(["France", "フランス"]));
    expect(countryAliases("DE")).toEqual(expect.arrayContaining(["Germany", "Allemagne", "ドイツ"]));
  });

  it("names both Congos for 'Congo' and only the South for 'Korea'", () => {
    expect(expandQuery("Congo")[0].countryCodes?.sort()).toEqual(["CD", "CG"]);
    expect(expandQuery("Korea")[0].countryCodes).toEqual(["KR"]);
    expect(expandQuery("North Korea")[0].countryCodes).toEqual(["KP"]);
    // An ambiguous name identifies the country but is not looked for in texts ("Latin America", "North Korea").
    expect(expandQuery("United States")[0].alternatives).not.toContain("america");
    expect(expandQuery("Republic of Korea")[0].alternatives).not.toContain("korea");
    expect(expandQuery("DRC")[0].alternatives).not.toContain("congo");
    expect(expandQuery("DRC")[0].alternatives).toContain("democratic republic of the congo");
  });
});

describe("findCountries", () => {
  it("finds by prefix, word and accent-free forms, in any locale", () => {
    expect(findCountries("Ivory", "en")).toEqual(["CI"]);
    expect(findCountries("Cote", "en")[0]).toBe("CI");
    expect(findCountries("cote d ivoire", "fr")[0]).toBe("CI");
    expect(findCountries("Turkey", "en")[0]).toBe("TR");
    expect(findCountries("USA", "en")[0]).toBe("US");
    expect(findCountries("Britain", "ja")[0]).toBe("GB");
    expect(findCountries("トルコ", "fr")[0]).toBe("TR");
    expect(findCountries("ベト", "ja")).toEqual(["VN"]);
    expect(findCountries("kenya", "ja")).toEqual(["KE"]);
    expect(findCountries("ＵＳＡ", "ja")[0]).toBe("US");
  });

  it("ranks an exact name or alias before prefixes: Corée is the Republic of Korea", () => {
    expect(findCountries("Corée", "fr").slice(0, 2)).toEqual(["KR", "KP"]);
    expect(findCountries("coree", "en")[0]).toBe("KR");
    expect(findCountries("Niger", "en")[0]).toBe("NE");
    expect(findCountries("Niger", "en")).toContain("NG");
    expect(findCountries("Guinea", "en")[0]).toBe("GN");
  });

  it("puts a typed code first and finds nothing for nothing", () => {
    expect(findCountries("ci", "en")[0]).toBe("CI");
    expect(findCountries("US", "fr")[0]).toBe("US");
    expect(findCountries("", "en")).toEqual([]);
    expect(findCountries("%", "en")).toEqual([]);
    expect(findCountries("zzzz", "en")).toEqual([]);
  });

  it("folds accents on Latin letters only, keeping Japanese voicing marks", () => {
    expect(foldKey("Côte-d’Ivoire")).toBe("cote d ivoire");
    expect(foldKey("U.S.A.")).toBe("usa");
    expect(foldKey("ベトナム")).toBe("ベトナム");
  });
});

describe("group and organisation aliases", () => {
  const names = (q: string) => {
    const [group] = expandQuery(q);
    return [...group.alternatives, ...(group.words ?? [])];
  };
  it.each([
    ["ASEAN", ["東南アジア諸国連合", "anase", "association of southeast asian nations"], "asean"],
    ["ANASE", ["asean", "東南アジア諸国連合"], "asean"],
    ["東南アジア諸国連合", ["asean", "anase"], "asean"],
    ["AU", ["african union", "union africaine", "アフリカ連合"], "african-union"],
    ["Union africaine", ["au", "ua", "african union", "アフリカ連合"], "african-union"],
    ["アフリカ連合", ["au", "union africaine"], "african-union"],
    ["EU", ["ue", "欧州連合", "union européenne"], "eu"],
    ["UE", ["eu", "european union", "欧州連合"], "eu"],
    ["欧州連合", ["eu", "ue"], "eu"],
    ["ECOWAS", ["cedeao", "西アフリカ諸国経済共同体"], "ecowas"],
    ["NATO", ["otan", "北大西洋条約機構"], "nato"],
    ["ONU", ["un", "united nations", "国連"], "un-member-states"],
    ["国連", ["un", "onu", "united nations"], "un-member-states"],
    ["OCDE", ["oecd", "経済協力開発機構"], "oecd"],
    ["Southeast Asia", ["東南アジア", "asie du sud-est"], "south-eastern-asia"],
  ])("%s names the group with its other names", (q, expected, slug) => {
    expect(names(q)).toEqual(expect.arrayContaining(expected));
    expect(expandQuery(q)[0].groupSlugs).toContain(slug);
  });

  it.each([
    ["JICA", ["国際協力機構", "ジャイカ", "japan international cooperation agency"], "jica"],
    ["ジャイカ", ["jica", "agence japonaise de coopération internationale"], "jica"],
    ["UIT", ["itu", "国際電気通信連合", "international telecommunication union"], "itu"],
    ["ONUDC", ["unodc", "国連薬物・犯罪事務所"], "unodc"],
    ["PNUD", ["undp", "国連開発計画"], "undp"],
    ["インターポール", ["interpol", "国際刑事警察機構"], "interpol"],
  ])("%s names the organisation with its other names", (q, expected, slug) => {
    expect(names(q)).toEqual(expect.arrayContaining(expected));
    expect(expandQuery(q)[0].organisationSlugs).toContain(slug);
  });

  it("reads common words in lower case as words, and as names only in capitals", () => {
    expect(expandQuery("us")[0]).toEqual({ alternatives: ["us"] });
    expect(expandQuery("un programme")[0]).toEqual({ alternatives: ["un"] });
    expect(expandQuery("au Sénégal")[0]).toEqual({ alternatives: ["au"] });
    expect(expandQuery("UN")[0].groupSlugs).toContain("un-member-states");
    expect(expandQuery("first responders")[0]).toEqual({ alternatives: ["first"] });
  });
});
