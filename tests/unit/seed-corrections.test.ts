import { describe, expect, it } from "vitest";
import { loadSeedData } from "../../lib/seed/load-seed-data";

// Corrections from a second read of the sources (issue 8, item 7); each guards one fact.
const { data } = loadSeedData();
const initiative = (slug: string) => data.initiatives.find((i) => i.slug === slug)!;

describe("seed data corrections", () => {
  it("row 72: the theme cell's cybercrime, cyber attacks and cyber defence are all tagged; no threat-information sharing", () => {
    const row = initiative("belgium-cyber-security-coalition");
    expect(row.themes).toEqual(expect.arrayContaining(["cybercrime", "cyber-defence", "policy-strategy", "incident-management"]));
    expect(row.themes).not.toContain("information-sharing");
  });

  it("row 10: extending the exchange to other data is only to be considered; no cargo-information claim", () => {
    const { activities } = initiative("asean-single-window-project");
    expect(activities!.en).toMatch(/to be considered/);
    expect(activities!.en).not.toMatch(/cargo/i);
    expect(activities!.ja).not.toMatch(/貨物/);
  });

  it("the planned Pacific project carries no theme its source does not state", () => {
    const row = initiative("jica-pacific-cybersecurity-project-plan");
    expect(row.themes).toEqual([]);
    expect(row.themeText?.en).toMatch(/^Not stated in the source/);
  });

  it("ICTAZ is the ICT Association of Zambia, with the thesis's wording kept and a curator's note", () => {
    const org = data.organisations.find((o) => o.slug === "ictaz")!;
    expect(org.country).toBe("ZM");
    expect(org.name.en).toBe("ICT Association of Zambia");
    expect(org.sourceName).toContain("ジンバブエ情報通信技術連合");
    expect(org.note?.en).toMatch(/Zambia/);
  });

  it("the MOFA page claims no bilateral dialogues that appear nowhere in the data", () => {
    const mofa = data.sources.find((s) => s.slug === "mofa-2023-cyber-diplomacy")!;
    expect(mofa.contribution.en).not.toMatch(/bilateral/i);
    expect(mofa.contribution.ja).not.toMatch(/二国間/);
  });
});
