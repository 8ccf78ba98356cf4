import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import { localeSuffix } from "./localized";
import { currentIndex } from "../search/index-store";
import { publishedCounts, publishedWith, refsOf, topThemeCounts } from "../search/browse";
import { countValues } from "../search/run-search";
import { describeReach } from "../search/catalogue-search";
import { findCountries } from "../search/aliases";

/** `reached` is the direct count (the portal's default reach); `viaGroups` and `global` are shown apart. */
export type CountryCount = {
  code: string;
  m49: string;
  name: string;
  regionSlug: string | null;
  reached: number;
  direct: number;
  viaGroups: number;
  global: number;
  asDonor: number;
};
export type CountrySort = "name" | "count";

const collator = (locale: Locale) => new Intl.Collator(locale, { sensitivity: "base" });

/**
 * Every country that receives capacity building (named, through a group or through a global programme)
 * or is the home country of a donor, with its counts over published initiatives.
 */
export async function countryCounts(locale: Locale, options: { q?: string; sort?: CountrySort } = {}): Promise<CountryCount[]> {
  const index = await currentIndex();
  const [direct, viaGroups, global, asDonor] = (["country", "countryGroup", "countryGlobal", "donorCountry"] as const).map((key) =>
    publishedCounts(index, [key]),
  );
  // Names in every language and their aliases (Vietnam, Ivory Coast, USA, トルコ), accents ignored.
  const matching = options.q ? new Set(findCountries(options.q, locale)) : null;
  const list: CountryCount[] = [];
  for (const country of index.reference.countries.values()) {
    const counts = {
      direct: direct.get(country.code) ?? 0,
      viaGroups: viaGroups.get(country.code) ?? 0,
      global: global.get(country.code) ?? 0,
      asDonor: asDonor.get(country.code) ?? 0,
    };
    if (!counts.direct && !counts.viaGroups && !counts.global && !counts.asDonor) continue;
    if (matching && !matching.has(country.code)) continue;
    list.push({ code: country.code, m49: country.m49, name: country.names[locale], regionSlug: country.regionSlug, reached: counts.direct, ...counts });
  }
  const byName = collator(locale);
  return list.sort(
    (a, b) => (options.sort === "count" ? b.direct - a.direct || b.viaGroups - a.viaGroups || b.asDonor - a.asDonor : 0) || byName.compare(a.name, b.name),
  );
}

/** The countries grouped under their UN M49 continent (Africa, Americas, Asia, Europe, Oceania). */
export async function countriesByRegion(locale: Locale, options: { q?: string; sort?: CountrySort } = {}, counted?: CountryCount[]) {
  const [countries, regions] = await Promise.all([counted ?? countryCounts(locale, options), regionTree(locale)]);
  const groups = new Map<string, { region: RegionInfo; countries: CountryCount[] }>();
  for (const country of countries) {
    const continent = regions.continentOf(country.regionSlug);
    const key = continent?.slug ?? "";
    if (!groups.has(key)) groups.set(key, { region: continent ?? { slug: "", name: "", m49: null }, countries: [] });
    groups.get(key)!.countries.push(country);
  }
  const byName = collator(locale);
  return [...groups.values()].sort((a, b) => Number(!a.region.slug) - Number(!b.region.slug) || byName.compare(a.region.name, b.region.name));
}

/** Most initiatives a country's timeline draws one bar each for. */
export const TIMELINE_LIMIT = 60;

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountryDetail>>>;

/** Everything the country page shows; null when the code names no country. */
export async function getCountryDetail(codeParam: string, locale: Locale) {
  if (!/^[A-Za-z]{2}$/.test(codeParam)) return null;
  const code = codeParam.toUpperCase();
  const suffix = localeSuffix(locale);
  const country = await prisma.country.findUnique({
    where: { code },
    select: { code: true, m49: true, regionSlug: true, nameJa: true, nameEn: true, nameFr: true },
  });
  if (!country) return null;
  const index = await currentIndex();
  const directSet = publishedWith(index, ["country"], [code]);
  const groupSet = publishedWith(index, ["countryGroup"], [code]);
  const globalSet = publishedWith(index, ["countryGlobal"], [code]);
  const donorSet = publishedWith(index, ["donorCountry"], [code]);
  const [regions, gge, approaches] = await Promise.all([
    regionTree(locale),
    prisma.ggeSessionMember.findMany({
      where: { countryCode: code },
      select: { session: { select: { slug: true, number: true, startYear: true, endYear: true, outcome: true, chairCountryCode: true } } },
      orderBy: { session: { number: "asc" } },
    }),
    prisma.approach.findMany({
      where: { countries: { some: { countryCode: code } } },
      orderBy: { position: "asc" },
      select: {
        slug: true,
        nameJa: true,
        nameEn: true,
        nameFr: true,
        descriptionJa: true,
        descriptionEn: true,
        descriptionFr: true,
        sourceLocator: true,
        source: { select: { titleJa: true, titleEn: true, titleFr: true } },
      },
    }),
  ]);
  const orgCounts = (counts: Map<string, number>) =>
    [...counts]
      .map(([slug, count]) => {
        const org = index.reference.organisationsBySlug.get(slug)!;
        return { slug, name: org.names[locale], acronym: org.acronym, count };
      })
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  // Organisations based in the country, each with the catalogue filter that gives exactly its count:
  // as donor (the source's donor column), or, for one that only funds as a partner, as funder.
  const fromHere = (slug: string) => index.reference.organisationsBySlug.get(slug)?.countryCode === code;
  const asDonorCounts = new Map([...countValues(index, ["donor"], donorSet)].filter(([slug]) => fromHere(slug)));
  const asFunderCounts = new Map([...countValues(index, ["funder"], donorSet)].filter(([slug]) => fromHere(slug) && !asDonorCounts.has(slug)));
  const via = (set: typeof groupSet) => {
    const list = refsOf(index, set, locale);
    return {
      ...list,
      items: list.items.map((ref) => ({ ...ref, via: describeReach(index, ref.id, [code]).via.map((g) => ({ slug: g.slug, name: g.names[locale] })) })),
    };
  };
  // A bar per initiative reads well for a few dozen; beyond that the timeline becomes initiatives per start year.
  const received = directSet.clone().or(groupSet);
  const timeline =
    received.size() <= TIMELINE_LIMIT
      ? [
          ...refsOf(index, directSet, locale, TIMELINE_LIMIT).items.map((ref) => ({ ...ref, series: 0 })),
          ...refsOf(index, groupSet, locale, TIMELINE_LIMIT).items.map((ref) => ({ ...ref, series: 1 })),
        ]
      : null;
  return {
    code,
    m49: country.m49,
    name: country[`name${suffix}`],
    region: regions.get(country.regionSlug),
    continent: regions.continentOf(country.regionSlug),
    direct: refsOf(index, directSet, locale),
    viaGroups: via(groupSet),
    global: via(globalSet),
    // Donors and themes of the initiatives that name the country: the catalogue's default (direct) reach.
    donors: orgCounts(countValues(index, ["donor"], directSet)),
    themes: topThemeCounts(index, directSet, locale),
    timeline,
    startYears: countValues(index, ["startYear"], received),
    asDonor: refsOf(index, donorSet, locale),
    asDonorThemes: topThemeCounts(index, donorSet, locale),
    donorOrganisations: [
      ...orgCounts(asDonorCounts).map((org) => ({ ...org, filter: "donor" as const })),
      ...orgCounts(asFunderCounts).map((org) => ({ ...org, filter: "funder" as const })),
    ],
    approaches: approaches.map((a) => ({
      slug: a.slug,
      name: a[`name${suffix}`],
      description: a[`description${suffix}`],
      locator: a.sourceLocator,
      source: a.source[`title${suffix}`],
    })),
    gge: gge.map(({ session: s }) => ({
      slug: s.slug,
      number: s.number,
      startYear: s.startYear,
      endYear: s.endYear,
      outcome: s.outcome,
      chair: s.chairCountryCode === code,
    })),
  };
}

export type RegionInfo = { slug: string; name: string; m49: string | null };

/** The UN M49 regions with a lookup of each sub-region's continent (the child of "world"). */
export async function regionTree(locale: Locale) {
  const suffix = localeSuffix(locale);
  const rows = await prisma.group.findMany({
    where: { kind: "m49-region" },
    select: { slug: true, parentSlug: true, m49: true, nameJa: true, nameEn: true, nameFr: true },
  });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const info = (slug: string | null | undefined): RegionInfo | null => {
    const row = slug ? bySlug.get(slug) : undefined;
    return row ? { slug: row.slug, name: row[`name${suffix}`], m49: row.m49 } : null;
  };
  const continentOf = (slug: string | null | undefined): RegionInfo | null => {
    let row = slug ? bySlug.get(slug) : undefined;
    while (row?.parentSlug && row.parentSlug !== "world") row = bySlug.get(row.parentSlug);
    return info(row?.slug);
  };
  return { get: info, continentOf };
}
