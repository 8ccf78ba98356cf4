import countries from "i18n-iso-countries";
import ja from "i18n-iso-countries/langs/ja.json";
import en from "i18n-iso-countries/langs/en.json";
import fr from "i18n-iso-countries/langs/fr.json";
import groupsData from "../../prisma/seed-data/groups/core.json";
import regionsData from "../../prisma/seed-data/regions.json";
import organisationsData from "../../prisma/seed-data/organisations/organisations.json";
import { allCountryCodes } from "../geo/country-codes";
import { COUNTRY_NAME_OVERRIDES } from "../geo/country-name-overrides";
import type { Locale } from "../validations/common";
import { CURATED_COUNTRY_ALIASES } from "./country-aliases";
import { GROUP_ALIASES, ORGANISATION_ALIASES } from "./group-aliases";
import { matchCountries, type CountrySearchEntry } from "./country-match";
import { foldKey, indexKey } from "./normalize";
import { SYNONYM_SETS } from "./synonyms";

/**
 * The names everything the portal searches is known by: every ISO 3166-1 country in ja/en/fr with
 * i18n-iso-countries' alternative names and the curated aliases, the seeded groups, regions and
 * organisations with their acronyms in every language, and the field's synonyms. Pure (no database);
 * too big for a client bundle: pass `countrySearchEntries` to client components as props.
 */

export type ConceptKind = "country" | "group" | "organisation" | "term";
/** `forms`: names to look for in texts; `lookup`: names that identify the concept only when typed. */
export type Concept = { kind: ConceptKind; id: string; forms: string[]; lookup: string[] };

const LOCALES = ["ja", "en", "fr"] as const;
for (const data of [ja, en, fr]) countries.registerLocale(data as countries.LocaleData);

/** A name and, when it ends with a parenthesis ("World (global)", "FBI (United States)"), its base too. */
function withBase(name: string): string[] {
  const base = name.replace(/\s*[(（][^()（）]*[)）]\s*$/u, "").trim();
  return base && base !== name ? [name, base] : [name];
}

function unique(names: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    if (!name) continue;
    const key = indexKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(name.trim());
  }
  return out;
}

/** The name the portal shows (the seed's rule: the overrides, else the package's name). */
export function countryDisplayName(code: string, locale: Locale): string {
  return COUNTRY_NAME_OVERRIDES[code]?.[locale] ?? countries.getName(code, locale) ?? code;
}

function countryConcept(code: string): Concept {
  const curated = CURATED_COUNTRY_ALIASES[code] ?? {};
  // Inverted forms ("Korea, Republic of") are index entries, not names anyone writes.
  const packaged = LOCALES.flatMap((locale) => countries.getName(code, locale, { select: "all" }) ?? []).filter((name) => !name.includes(", "));
  const shown = LOCALES.map((locale) => countryDisplayName(code, locale));
  const lookup = unique(curated.lookup ?? []);
  // A curated lookup-only name stays out of the texts' forms even where the package lists it ("Congo").
  const ambiguous = new Set(lookup.map(foldKey));
  const forms = unique([...shown, ...packaged, ...(curated.alias ?? [])].flatMap(withBase)).filter((name) => !ambiguous.has(foldKey(name)));
  return { kind: "country", id: code, forms, lookup };
}

type Named = { slug: string; acronym?: string | null; name: Record<(typeof LOCALES)[number], string> };

function namedConcept(kind: "group" | "organisation", record: Named, extra: string[] = [], shared = new Set<string>()): Concept {
  // A base shared by several records is no one's name: "Ministry of Foreign Affairs (Norway)", "(Estonia)".
  const names = LOCALES.flatMap((locale) => withBase(record.name[locale]).filter((name) => !shared.has(foldKey(name))));
  return { kind, id: record.slug, forms: unique([...names, record.acronym, ...extra]), lookup: [] };
}

let conceptCache: Concept[] | undefined;

/** Every concept, built once. */
export function allConcepts(): Concept[] {
  if (conceptCache) return conceptCache;
  const groups = (groupsData as Named[]).map((group) => namedConcept("group", group, GROUP_ALIASES[group.slug]));
  const regions = (regionsData as Named[]).map((region) => namedConcept("group", region, GROUP_ALIASES[region.slug]));
  const orgs = organisationsData as Named[];
  const bases = orgs.flatMap((org) => [...new Set(LOCALES.flatMap((locale) => withBase(org.name[locale]).slice(1).map(foldKey)))]);
  const shared = new Set(bases.filter((base, i) => bases.indexOf(base) !== i));
  const organisations = orgs.map((org) => namedConcept("organisation", org, ORGANISATION_ALIASES[org.slug], shared));
  const terms = SYNONYM_SETS.map((set): Concept => ({ kind: "term", id: set.id, forms: unique(set.forms), lookup: [] }));
  conceptCache = [...allCountryCodes().map(countryConcept), ...groups, ...regions, ...organisations, ...terms];
  return conceptCache;
}

let indexCache: Map<string, Concept[]> | undefined;

/** Folded name → the concepts it names (several: "Congo", "ASEAN" the group and the organisation). */
export function conceptIndex(): Map<string, Concept[]> {
  if (indexCache) return indexCache;
  const index = new Map<string, Concept[]>();
  for (const concept of allConcepts())
    for (const name of [...concept.forms, ...concept.lookup]) {
      const key = foldKey(name);
      const list = index.get(key) ?? [];
      if (!list.includes(concept)) list.push(concept);
      index.set(key, list);
    }
  indexCache = index;
  return index;
}

let longestCache: number | undefined;

/** The longest name in words, which bounds how many query words may form one name (worked out once: ~1.5 ms). */
export function longestNameWords(): number {
  if (longestCache !== undefined) return longestCache;
  let longest = 1;
  for (const key of conceptIndex().keys()) longest = Math.max(longest, key.split(" ").length);
  return (longestCache = longest);
}

/** Every name and alias of a country (ISO code), for display or for tests. */
export function countryAliases(code: string): string[] {
  const concept = allConcepts().find((c) => c.kind === "country" && c.id === code.toUpperCase());
  return concept ? [...concept.forms, ...concept.lookup] : [];
}

/**
 * The finder's table entry for a country: a name to show and the folded keys of all its names. `stored`:
 * the names the database holds, when the caller has them (admin edits may differ from the seed).
 */
export function countrySearchEntry(code: string, locale: Locale, stored?: { name: string; names: string[] }): CountrySearchEntry {
  const keys = new Set([...(stored?.names ?? []), ...countryAliases(code)].map(foldKey).filter(Boolean));
  return { code, name: stored?.name ?? countryDisplayName(code, locale), keys: [...keys] };
}

const tableCache = new Map<Locale, CountrySearchEntry[]>();

/** The finder's table for every ISO country. */
export function countrySearchEntries(locale: Locale): CountrySearchEntry[] {
  let table = tableCache.get(locale);
  if (!table) tableCache.set(locale, (table = allCountryCodes().map((code) => countrySearchEntry(code, locale))));
  return table;
}

/**
 * The country finder: codes of the countries whose name in any language, or alias, matches the query
 * (accent- and case-insensitive, whole name, word prefix or inside), best first: an exact name or alias,
 * a code typed as such, then prefixes, then the rest in the locale's alphabetical order.
 */
export function findCountries(query: string, locale: Locale): string[] {
  return matchCountries(countrySearchEntries(locale), query, locale);
}
