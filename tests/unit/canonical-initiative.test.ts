import { describe, expect, it } from "vitest";
import { canonicalInitiative } from "../../lib/db/initiative-input";
import { initiativeInputSchema, type InitiativeInput } from "../../lib/validations/initiative";

const input = initiativeInputSchema.parse({
  slug: "canonical-check",
  originalLocale: "fr",
  status: "published",
  name: { fr: "Nom", en: "Name" },
  organisations: [
    { org: "jica", column: "donor" },
    { org: "jpcert-cc", column: "partner" },
  ],
  recipientCountries: ["TH", "VN"],
  themes: ["awareness", "cybercrime"],
  period: { startYear: 2020, endYear: 2021 },
  source: { document: "murakami-2018", locator: "p. 3" },
});

describe("canonicalInitiative", () => {
  it("ignores the order of sets, the order of keys and the version", () => {
    const reordered: InitiativeInput & { version: number } = {
      ...input,
      version: 7,
      recipientCountries: ["VN", "TH", "TH"],
      themes: ["cybercrime", "awareness"],
      name: { en: "Name", fr: "Nom" },
    };
    expect(canonicalInitiative(reordered)).toBe(canonicalInitiative(input));
  });

  it("keeps the order of organisations (it is their position on the page)", () => {
    const swapped = { ...input, organisations: [...input.organisations].reverse() };
    expect(canonicalInitiative(swapped)).not.toBe(canonicalInitiative(input));
  });

  it.each<[string, (value: InitiativeInput) => InitiativeInput]>([
    ["a nested period text", (value) => ({ ...value, period: { ...value.period, text: { fr: "vers 2020" } } })],
    ["a source line", (value) => ({ ...value, source: { ...value.source, line: 12 } })],
    ["an organisation's funding flag", (value) => ({ ...value, organisations: value.organisations.map((link, i) => ({ ...link, funding: i === 0 })) })],
    [
      "a field the comparison has never heard of",
      (value) => {
        // A field added to the schema later, at any depth, must count as a change.
        const source = { ...value.source, page: 4 };
        return { ...value, source };
      },
    ],
  ])("sees a change in %s", (_label, change) => {
    expect(canonicalInitiative(change(input))).not.toBe(canonicalInitiative(input));
  });
});
