import "server-only";
import type { CatalogueIndex } from "./catalogue-index";
import { FacetCounter, filterSets, matchingSet, pageOf, reachKeys, type FilterKey } from "./run-search";
import { expandQuery, type QueryGroup } from "./query-expansion";
import { textIndex } from "./text-index-engine";
import { TextMatchCache } from "./text-match-cache";
import { Bitset } from "./bitset";
import { SlotScores } from "./slot-scores";
import { env } from "../env";
import type { GroupRef, Names } from "./reference-data";
import type { Locale } from "../validations/common";
import type { InitiativeSearch } from "../validations/search";

export type FacetOption = { value: string; label: string; count: number; parent?: string | null; kind?: string };
export type CatalogueFacets = Record<"country" | "region" | "donor" | "partner" | "donorCountry" | "theme" | "target", FacetOption[]> & {
  startYear: { year: number; count: number }[];
};
export type ReachTier = "direct" | "group" | "global";
export type ItemReach = { id: number; tier: ReachTier; via: GroupRef[] };

const textMatchCache = new TextMatchCache<SlotScores>(env.TEXT_MATCH_CACHE);

const hasEntityHints = (group: QueryGroup) => Boolean(group.countryCodes?.length || group.groupSlugs?.length || group.organisationSlugs?.length);

/** Initiatives that name a country, group or organisation a query term stands for (e.g. "USA", "ANASE"). */
function entityMatches(index: CatalogueIndex, group: QueryGroup): Bitset {
  const set = index.anyOf("country", group.countryCodes ?? []);
  set.or(index.anyOf("region", group.groupSlugs ?? []));
  return set.or(index.anyOf("donor", group.organisationSlugs ?? [])).or(index.anyOf("partner", group.organisationSlugs ?? []));
}

/**
 * Published initiatives matching the text of a search (all of them without text), and their scores.
 * Each query term is expanded to its other wordings (aliases, synonyms, three languages); a term that
 * names a country, group or organisation also matches the initiatives linked to it.
 */
async function textMatches(index: CatalogueIndex, search: InitiativeSearch): Promise<{ base: Bitset; scores: SlotScores | null }> {
  const base = index.published.clone();
  const groups = expandQuery(search.q ?? "");
  if (!groups.length) return { base, scores: null };
  const match = (part: QueryGroup[]) => textMatchCache.get(index, part, async () => SlotScores.of(index, await textIndex().match(part)));
  const plain = groups.filter((group) => !hasEntityHints(group));
  let scores = plain.length ? await match(plain) : null;
  for (const group of groups.filter(hasEntityHints)) {
    const groupScores = (await match([group])).toMap();
    for (const slot of entityMatches(index, group)) if (!groupScores.has(slot)) groupScores.set(slot, 0);
    if (scores === null) scores = SlotScores.fromSlots(index.capacity, groupScores);
    else {
      const both = new Map<number, number>();
      for (let i = 0; i < scores.size; i++) {
        const slot = scores.slots[i]!;
        const other = groupScores.get(slot);
        if (other !== undefined) both.set(slot, scores.scores[i]! + other);
      }
      scores = SlotScores.fromSlots(index.capacity, both);
    }
  }
  return { base: base.and(scores!.set), scores };
}

const collators = new Map<Locale, Intl.Collator>();
const collator = (locale: Locale) => collators.get(locale) ?? collators.set(locale, new Intl.Collator(locale, { sensitivity: "base" })).get(locale)!;

function facetOptions(
  counts: Map<string, number>,
  describe: (value: string) => ({ label: string; names?: Names } & Omit<FacetOption, "value" | "label" | "count">) | null,
) {
  const options: FacetOption[] = [];
  for (const [value, count] of counts) {
    const described = describe(value);
    if (!described) continue;
    const { names: _names, ...rest } = described;
    options.push({ value, count, ...rest });
  }
  return options;
}

/** Published initiatives matching a search's text and filters, as a set of slots (nothing ranked or counted). */
export async function matchingInitiatives(index: CatalogueIndex, search: InitiativeSearch): Promise<Bitset> {
  const { base, scores } = await textMatches(index, search);
  const filters = filterSets(index, search);
  return !scores && !filters.size ? index.published : matchingSet(index, base, filters);
}

export async function searchCatalogue(index: CatalogueIndex, search: InitiativeSearch, options: { facets?: boolean } = {}) {
  const locale = search.locale;
  const ref = index.reference;
  const { base, scores } = await textMatches(index, search);
  const filters = filterSets(index, search);
  // Sets equal to every published initiative are that set itself: its counts are kept (FacetCounter).
  const unfiltered = (except?: FilterKey) => !scores && [...filters.keys()].every((key) => key === except);
  const matching = unfiltered() ? index.published : matchingSet(index, base, filters);
  const total = matching.size();
  const sort = search.sort ?? (scores ? "relevance" : "newest");
  const slots = pageOf(index, matching, { sort, locale, scores, offset: (search.page - 1) * search.pageSize, limit: search.pageSize });

  const counter = new FacetCounter(index);
  const except = (key: FilterKey) => (!filters.has(key) ? matching : unfiltered(key) ? index.published : matchingSet(index, base, filters, key));
  const byLabel = (a: FacetOption, b: FacetOption) => collator(locale).compare(a.label, b.label);
  const orgLabel = (slug: string) => {
    const org = ref.organisationsBySlug.get(slug);
    if (!org) return null;
    const name = org.names[locale];
    return { label: org.acronym && !name.includes(org.acronym) ? `${name} (${org.acronym})` : name };
  };
  const countryLabel = (code: string) => {
    const country = ref.countries.get(code);
    return country ? { label: country.names[locale] } : null;
  };
  const byCount = (a: FacetOption, b: FacetOption) => b.count - a.count || byLabel(a, b);

  const facets: CatalogueFacets =
    options.facets === false
      ? emptyFacets()
      : {
          country: facetOptions(counter.count(reachKeys(search.reach), except("country")), countryLabel).sort(byLabel),
          region: facetOptions(counter.count(["region"], except("region")), (slug) => {
            const group = ref.groupsBySlug.get(slug);
            return group ? { label: group.names[locale], kind: group.kind } : null;
          }).sort((a, b) => Number(b.kind === "m49-region") - Number(a.kind === "m49-region") || byLabel(a, b)),
          donor: facetOptions(counter.count(["donor"], except("donor")), orgLabel).sort(byCount),
          partner: facetOptions(counter.count(["partner"], except("partner")), orgLabel).sort(byCount),
          donorCountry: facetOptions(counter.count(["donorCountry"], except("donorCountry")), countryLabel).sort(byCount),
          theme: facetOptions(counter.count(["theme"], except("theme")), (slug) => {
            const theme = ref.themesBySlug.get(slug);
            return theme ? { label: theme.names[locale], parent: theme.parentSlug } : null;
          }).sort((a, b) => (ref.themesBySlug.get(a.value)?.position ?? 0) - (ref.themesBySlug.get(b.value)?.position ?? 0)),
          target: facetOptions(counter.count(["target"], except("target")), (slug) => {
            const target = [...ref.targets.values()].find((t) => t.slug === slug);
            return target ? { label: target.names[locale] } : null;
          }).sort((a, b) => positionOfTarget(a.value) - positionOfTarget(b.value)),
          startYear: [...counter.count(["startYear"], except("period"))]
            .map(([year, count]) => ({ year: Number(year), count }))
            .sort((a, b) => a.year - b.year),
        };
  function positionOfTarget(slug: string) {
    return [...ref.targets.values()].find((t) => t.slug === slug)?.position ?? 0;
  }

  const ids = slots.map((slot) => index.records.id(slot));
  const reach: ItemReach[] = search.country?.length ? ids.map((id) => describeReach(index, id, search.country!)) : [];
  return { total, ids, facets, reach };
}

function emptyFacets(): CatalogueFacets {
  return { country: [], region: [], donor: [], partner: [], donorCountry: [], theme: [], target: [], startYear: [] };
}

/** How an initiative reaches the searched countries: named, through groups, or as a global programme. */
export function describeReach(index: CatalogueIndex, id: number, countries: string[]): ItemReach {
  const slot = index.slotById.get(id)!;
  if (countries.some((code) => index.records.hasValue(slot, "country", code))) return { id, tier: "direct", via: [] };
  const ref = index.reference;
  const via = index.records
    .groups(slot)
    .map((groupId) => ref.groups.get(groupId)!)
    .filter((group) => group && countries.some((code) => ref.groupReach.get(group.id)?.includes(code)));
  const named = via.filter((group) => !group.global);
  return named.length ? { id, tier: "group", via: named } : { id, tier: "global", via };
}
