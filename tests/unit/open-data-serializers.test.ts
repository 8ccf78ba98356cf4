import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { csvLine, csvRow, neutraliseFormula } from "../../lib/open-data/csv";
import { cellText, EXPORT_COLUMNS, toExportRow } from "../../lib/open-data/export-row";
import { iatiActivity, iatiHeader, IATI_FOOTER } from "../../lib/open-data/iati";
import { atomFeed, initiativeEntry } from "../../lib/open-data/atom";
import { toBibtex, toCslJson, toRis, type Citable } from "../../lib/open-data/citation";
import { dacSectorOf } from "../../lib/open-data/dac-sectors";
import type { OpenDataRecord } from "../../lib/open-data/record";

const names = (en: string) => ({ ja: `${en}（日本語）`, en, fr: `${en} (fr)` });
const record = (overrides: Partial<OpenDataRecord> = {}): OpenDataRecord => ({
  slug: "sample-initiative",
  appendixRow: 12,
  originalLocale: "en",
  startYear: 2015,
  startMonth: null,
  endYear: 2017,
  endMonth: 6,
  ongoing: false,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-02-01T00:00:00Z"),
  texts: {
    en: { name: '=HYPERLINK("http://evil")', summary: "Trains <CERT> staff & police", periodText: "2015–2017" },
    ja: { name: "サンプル", summary: null, periodText: null },
  },
  organisations: [
    { slug: "jica", acronym: "JICA", type: "government", country: "JP", name: names("JICA"), column: "donor", funding: true, iatiRole: null },
    { slug: "nec", acronym: null, type: "private", country: "JP", name: names("NEC"), column: "partner", funding: false, iatiRole: 4 },
  ],
  countries: [{ code: "TH", name: names("Thailand") }],
  groups: [
    { slug: "south-eastern-asia", kind: "m49-region", m49: "035", name: names("South-eastern Asia") },
    { slug: "asean", kind: "regional", m49: null, name: names("ASEAN") },
  ],
  themes: [
    { slug: "csirt-development", parent: "incident-management", gfceCode: null, name: names("CSIRT development") },
    { slug: "cyber-diplomacy", parent: "policy-strategy", gfceCode: null, name: names("Diplomacy") },
  ],
  targetGroups: [{ slug: "government", name: names("Government") }],
  source: {
    slug: "murakami-2018",
    title: names("Thesis"),
    author: "H. Murakami",
    publisher: names("Univ"),
    date: "2018-03",
    url: null,
    locator: "Appendix 1, row 12",
    line: null,
  },
  ...overrides,
});
const labels = { status: { planned: "Planned", ongoing: "Ongoing", completed: "Completed", unknown: "Unknown" } };
const NOW = new Date("2026-11-27T00:00:00Z");
const config = { siteUrl: "https://portal.example", reportingOrg: { ref: "XI-TEST", name: "Test & Co", type: "80" } };

describe("CSV", () => {
  it("neutralises formulas but keeps negative numbers", () => {
    for (const cell of ["=1+1", "+SUM(A1)", "-cmd", "@A1", "\tx"]) expect(neutraliseFormula(cell)).toBe(`'${cell}`);
    expect(neutraliseFormula("-12.5")).toBe("-12.5");
    expect(neutraliseFormula("plain")).toBe("plain");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines"])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it("a row carries labels in the locale, codes, IATI roles, source and record URL", () => {
    const row = toExportRow(record(), "ja", "https://portal.example", labels, NOW);
    expect(Object.keys(row)).toEqual(EXPORT_COLUMNS);
    expect(row.name).toBe("サンプル");
    expect(row.recipientCountries).toEqual(["Thailand（日本語）"]);
    expect(row.recipientCountryCodes).toEqual(["TH"]);
    expect(row.donorIatiRoles).toEqual([null]);
    expect(row.partnerIatiRoles).toEqual([4]);
    expect(row.url).toBe("https://portal.example/ja/initiatives/sample-initiative");
    expect(row.source).toBe("Thesis（日本語）, Appendix 1, row 12");
    expect(row.statusCode).toBe("completed");
    const line = csvRow(toExportRow(record(), "en", "https://portal.example", labels, NOW));
    expect(line).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(cellText(["a", null, "b"])).toBe("a; ; b");
  });
});

describe("IATI activity", () => {
  const parse = (xml: string) =>
    new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@",
      isArray: (name) => ["narrative", "participating-org", "recipient-region", "sector", "activity-date"].includes(name),
    }).parse(xml)["iati-activities"]["iati-activity"];

  it("writes well-formed XML with narratives per language, roles, regions, dates and DAC sectors", () => {
    const xml = iatiHeader(NOW) + iatiActivity(record(), config, NOW) + IATI_FOOTER;
    expect(XMLValidator.validate(xml)).toBe(true);
    const activity = parse(xml);
    expect(activity["iati-identifier"]).toBe("XI-TEST-sample-initiative");
    expect(activity.title.narrative.map((n: Record<string, string>) => n["@xml:lang"])).toEqual(["ja", "en"]);
    expect(activity.description.narrative[0]["#text"]).toBe("Trains <CERT> staff & police");
    expect(activity["participating-org"].map((o: Record<string, string>) => o["@role"])).toEqual(["1", "4"]);
    const regions = activity["recipient-region"];
    expect(regions[0]).toMatchObject({ "@code": "035", "@vocabulary": "2" });
    expect(regions[1]).toMatchObject({ "@code": "asean", "@vocabulary": "99" });
    expect(activity["activity-date"].map((d: Record<string, string>) => [d["@type"], d["@iso-date"]])).toEqual([
      ["2", "2015-01-01"],
      ["4", "2017-06-30"],
    ]);
    expect(activity["activity-status"]["@code"]).toBe("4");
    const dac = activity.sector.filter((s: Record<string, string>) => s["@vocabulary"] === "1").map((s: Record<string, string>) => s["@code"]);
    expect(dac).toEqual(["22040"]);
  });

  it("dates an initiative without a known period by its source, and says so", () => {
    const activity = parse(iatiHeader(NOW) + iatiActivity(record({ startYear: null, endYear: null, endMonth: null }), config, NOW) + IATI_FOOTER);
    expect(activity["activity-date"][0]["@iso-date"]).toBe("2018-03-31");
    expect(activity["activity-date"][0].narrative.length).toBe(3);
  });

  it("maps themes to DAC codes only where the theme implies one", () => {
    expect(dacSectorOf({ slug: "law-enforcement-capacity", parent: "cybercrime" })?.code).toBe("15130");
    expect(dacSectorOf({ slug: "cyber-defence", parent: "policy-strategy" })).toBeNull();
    expect(dacSectorOf({ slug: "culture-skills", parent: null })).toBeNull();
  });
});

describe("Atom", () => {
  it("escapes text and marks the language of each entry", () => {
    const entry = initiativeEntry(record(), "fr", "https://portal.example");
    const xml = atomFeed({
      id: "https://portal.example/api/v1/feed",
      title: "Nouveautés <&>",
      lang: "fr",
      selfUrl: "https://portal.example/api/v1/feed?locale=fr&x=1",
      alternateUrl: "https://portal.example/fr",
      author: "Portail",
      updated: NOW,
      entries: [entry],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml).feed;
    expect(feed.title["#text"]).toBe("Nouveautés <&>");
    expect(feed.entry.title["@xml:lang"]).toBe("en");
    expect(feed.entry.link["@href"]).toBe("https://portal.example/fr/initiatives/sample-initiative");
  });
});

describe("citations", () => {
  const citable: Citable = {
    key: "ccbportal-x",
    type: "dataset",
    title: "Cyber 100% & {braces}_",
    language: "en",
    portal: "Portal",
    url: "https://portal.example/en/initiatives/x",
    updated: new Date("2026-02-01T00:00:00Z"),
    accessed: new Date("2026-11-27T00:00:00Z"),
    source: "H. Murakami, Thesis (2018-03), Appendix 1, row 12",
    sourceUrl: null,
  };

  it("BibTeX escapes special characters and names portal, URL and source", () => {
    const bib = toBibtex(citable);
    expect(bib).toContain("title = {{Cyber 100\\% \\& \\{braces\\}\\_}}");
    expect(bib).toContain("author = {{Portal}}");
    expect(bib).toContain("url = {https://portal.example/en/initiatives/x}");
    expect(bib).toContain("urldate = {2026-11-27}");
    expect(bib).toContain("note = {Source: H. Murakami, Thesis (2018-03), Appendix 1, row 12}");
  });

  it("RIS has one tag per line and ends with ER", () => {
    const lines = toRis(citable).split("\r\n");
    expect(lines[0]).toBe("TY  - DATA");
    expect(lines).toContain("UR  - https://portal.example/en/initiatives/x");
    expect(lines).toContain("Y2  - 2026/11/27");
    expect(lines.at(-2)).toBe("ER  - ");
  });

  it("CSL-JSON has date parts", () => {
    const [item] = toCslJson(citable);
    expect(item.accessed["date-parts"]).toEqual([[2026, 11, 27]]);
    expect(item.issued?.["date-parts"]).toEqual([[2026, 2, 1]]);
  });
});
