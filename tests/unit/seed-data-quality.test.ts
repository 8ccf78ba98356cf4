import { describe, expect, it } from "vitest";
import { loadSeedData } from "../../lib/seed/load-seed-data";
import { isValidCountryCode } from "../../lib/geo/country-codes";

const { data, errors } = loadSeedData();
const normalise = (text: string | null | undefined) =>
  (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");

describe("curated seed data", () => {
  it("passes the shared Zod schemas and its cross-references resolve", () => {
    expect(errors).toEqual([]);
  });

  it("holds exactly the 144 appendix rows, numbered 1..144, plus initiatives from the other documents", () => {
    const rows = data.initiatives
      .map((i) => i.appendixRow)
      .filter((row): row is number => row !== null)
      .sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: 144 }, (_, index) => index + 1));
    const others = data.initiatives.filter((i) => i.appendixRow === null);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.source.document).not.toBe("");
  });

  it("gives every initiative a donor, a recipient, a theme (or the source's word that it states none), a period, a citation and names in three languages", () => {
    for (const initiative of data.initiatives) {
      const where = initiative.slug;
      expect(
        initiative.organisations.some((link) => link.column === "donor"),
        where,
      ).toBe(true);
      expect(initiative.recipientCountries.length + initiative.recipientGroups.length, where).toBeGreaterThan(0);
      expect(initiative.themes.length > 0 || initiative.themeText !== null, where).toBe(true);
      expect(initiative.period, where).toBeDefined();
      expect(initiative.source.locator, where).toBeTruthy();
      if (initiative.appendixRow !== null) expect(initiative.source.locator, where).toContain(`row ${initiative.appendixRow}`);
      for (const locale of ["ja", "en", "fr"] as const) expect(initiative.name[locale], `${where} ${locale}`).toBeTruthy();
    }
  });

  it("tags every sub-theme together with its GFCE parent theme", () => {
    const parent = new Map(data.themes.map((theme) => [theme.slug, theme.parent]));
    for (const initiative of data.initiatives)
      for (const theme of initiative.themes) {
        const themeParent = parent.get(theme);
        if (themeParent) expect(initiative.themes, `${initiative.slug}: ${theme}`).toContain(themeParent);
      }
  });

  it("uses valid ISO 3166-1 codes everywhere", () => {
    const codes = [
      ...data.initiatives.flatMap((i) => i.recipientCountries),
      ...data.organisations.map((o) => o.country).filter((c): c is string => c !== null),
      ...data.groups.flatMap((g) => g.members),
      ...data.ggeSessions.flatMap((s) => s.members),
    ];
    expect(codes.filter((code) => !isValidCountryCode(code))).toEqual([]);
    const known = new Set(data.countries.map((c) => c.code));
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });

  it("has no two organisations whose normalised names, or acronyms within one country, collide", () => {
    const seen = new Map<string, string>();
    const collisions: string[] = [];
    for (const org of data.organisations) {
      const keys = [
        ...(["ja", "en", "fr"] as const).map((locale) => `name:${locale}:${normalise(org.name[locale])}`),
        ...(org.acronym ? [`acronym:${normalise(org.acronym)}:${org.country ?? "intl"}`] : []),
      ];
      for (const key of new Set(keys)) {
        const other = seen.get(key);
        if (other && other !== org.slug) collisions.push(`${org.slug} ~ ${other} (${key})`);
        seen.set(key, org.slug);
      }
    }
    expect(collisions).toEqual([]);
  });

  it("never leaves a period year invented out of range, and ongoing periods have no end", () => {
    for (const initiative of data.initiatives) {
      const { startYear, endYear, ongoing } = initiative.period;
      if (startYear !== null) expect(startYear, initiative.slug).toBeLessThanOrEqual(2024);
      if (ongoing) expect(endYear, initiative.slug).toBeNull();
    }
  });

  it("records the five GGE sessions and five UN documents with members and paragraph references", () => {
    expect(data.ggeSessions.map((s) => s.number).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(data.ggeSessions.find((s) => s.number === 5)?.outcome).toBe("no-consensus");
    expect(data.ggeDocuments.map((d) => d.symbol).sort()).toEqual(["A/60/202", "A/65/201", "A/68/98", "A/70/174", "A/RES/53/70"]);
    for (const session of data.ggeSessions) expect(session.members.length, session.slug).toBeGreaterThanOrEqual(15);
    for (const doc of data.ggeDocuments.filter((d) => d.kind === "report"))
      expect(
        doc.keyPoints.some((k) => k.paragraphs),
        doc.symbol,
      ).toBe(true);
  });

  it("describes the ten approaches of the typology and links each organisation to at most one", () => {
    expect(data.typology).toHaveLength(10);
    const linked = data.typology.flatMap((approach) => approach.organisations);
    expect(linked.filter((slug, index) => linked.indexOf(slug) !== index)).toEqual([]);
  });
});
