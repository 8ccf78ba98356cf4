import { describe, expect, it } from "vitest";
import type { CountryCount } from "@/lib/db/countries";
import type { OrganisationCount } from "@/lib/db/organisations";
import { arrangeCountries } from "./arrange-countries";
import { arrangeOrganisations } from "./arrange-organisations";

const country = (code: string, name: string, reached: number, asDonor = 0): CountryCount => ({
  code,
  m49: "0",
  name,
  regionSlug: null,
  reached,
  direct: reached,
  viaGroups: 0,
  global: 0,
  asDonor,
});
const countries = [country("CI", "Côte d’Ivoire", 5), country("KE", "Kenya", 40), country("JP", "Japan", 3, 30)];
const names = new Map([
  ["CI", ["コートジボワール", "Côte d’Ivoire", "Côte d’Ivoire"]],
  ["JP", ["日本", "Japan", "Japon"]],
]);

const org = (slug: string, name: string, asDonor: number, asPartner = 0): OrganisationCount => ({
  slug,
  name,
  acronym: null,
  type: "government",
  countryCode: null,
  countryName: null,
  asDonor,
  asPartner,
  asFunder: 0,
});

describe("arranging browse lists", () => {
  it("finds countries by a name in another language, without accents", () => {
    expect(arrangeCountries(countries, { q: "japon" }, names, "en").map((c) => c.code)).toEqual(["JP"]);
    expect(arrangeCountries(countries, { q: "cote" }, names, "en").map((c) => c.code)).toEqual(["CI"]);
    expect(arrangeCountries(countries, { q: "日本" }, names, "en").map((c) => c.code)).toEqual(["JP"]);
  });

  it("sorts countries by a column, largest first unless asked", () => {
    expect(arrangeCountries(countries, { sort: "count" }, names, "en").map((c) => c.code)).toEqual(["KE", "CI", "JP"]);
    expect(arrangeCountries(countries, { sort: "donor" }, names, "en")[0].code).toBe("JP");
    expect(arrangeCountries(countries, { sort: "count", dir: "asc" }, names, "en")[0].code).toBe("JP");
    expect(arrangeCountries(countries, {}, names, "en").map((c) => c.code)).toEqual(["CI", "JP", "KE"]);
  });

  it("pages organisations after search and sort", () => {
    const rows = Array.from({ length: 120 }, (_, i) => org(`org-${i}`, `Organisation ${String(i).padStart(3, "0")}`, i));
    const first = arrangeOrganisations(rows, { sort: "donor" }, new Map(), "en");
    expect(first).toMatchObject({ total: 120, pageCount: 3, page: 1 });
    expect(first.items[0].asDonor).toBe(119);
    const last = arrangeOrganisations(rows, { sort: "name", page: 3 }, new Map(), "en");
    expect(last.items.at(-1)!.name).toBe("Organisation 119");
    expect(arrangeOrganisations(rows, { q: "organisation 007" }, new Map(), "en").items.map((o) => o.slug)).toEqual(["org-7"]);
    expect(arrangeOrganisations(rows, { q: "Außenamt" }, new Map([["org-3", ["Außenamt"]]]), "en").total).toBe(1);
  });
});
