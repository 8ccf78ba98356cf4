import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import { localeSuffix } from "./localized";
import { currentIndex } from "../search/index-store";
import { publishedCounts, publishedWith, refsOf, topThemeCounts } from "../search/browse";
import { countValues } from "../search/run-search";
const APPROACH = {
  slug: true,
  nameJa: true,
  nameEn: true,
  nameFr: true,
  descriptionJa: true,
  descriptionEn: true,
  descriptionFr: true,
  sourceLocator: true,
  source: { select: { titleJa: true, titleEn: true, titleFr: true } },
} as const;

export type OrganisationCount = {
  slug: string;
  name: string;
  acronym: string | null;
  type: string;
  countryCode: string | null;
  countryName: string | null;
  asDonor: number;
  asPartner: number;
  asFunder: number;
};

/** Organisations linked to published initiatives, with their counts per role, optionally filtered. */
export async function organisationCounts(locale: Locale, filters: { type?: string; country?: string } = {}): Promise<OrganisationCount[]> {
  const suffix = localeSuffix(locale);
  const index = await currentIndex();
  const [donor, partner, funder] = (["donor", "partner", "funder"] as const).map((key) => publishedCounts(index, [key]));
  const linked = new Set([...donor.keys(), ...partner.keys(), ...funder.keys()]);
  const organisations = await prisma.organisation.findMany({
    where: { slug: { in: [...linked] }, ...(filters.type ? { type: filters.type } : {}), ...(filters.country ? { countryCode: filters.country } : {}) },
    select: {
      slug: true,
      nameJa: true,
      nameEn: true,
      nameFr: true,
      acronym: true,
      type: true,
      countryCode: true,
      country: { select: { nameJa: true, nameEn: true, nameFr: true } },
    },
  });
  const byName = new Intl.Collator(locale, { sensitivity: "base" });
  return organisations
    .map((o) => ({
      slug: o.slug,
      name: o[`name${suffix}`],
      acronym: o.acronym,
      type: o.type,
      countryCode: o.countryCode,
      countryName: o.country?.[`name${suffix}`] ?? null,
      asDonor: donor.get(o.slug) ?? 0,
      asPartner: partner.get(o.slug) ?? 0,
      asFunder: funder.get(o.slug) ?? 0,
    }))
    .sort((a, b) => b.asDonor + b.asPartner - (a.asDonor + a.asPartner) || byName.compare(a.name, b.name));
}

/** The choices of the list's filters: organisation types and home countries, with counts of organisations. */
export async function organisationFilterOptions(locale: Locale) {
  const all = await organisationCounts(locale);
  const types = new Map<string, number>();
  const countries = new Map<string, { label: string; count: number }>();
  for (const o of all) {
    types.set(o.type, (types.get(o.type) ?? 0) + 1);
    if (o.countryCode) countries.set(o.countryCode, { label: o.countryName ?? o.countryCode, count: (countries.get(o.countryCode)?.count ?? 0) + 1 });
  }
  const byName = new Intl.Collator(locale, { sensitivity: "base" });
  return {
    types: [...types].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value)),
    countries: [...countries].map(([value, c]) => ({ value, ...c })).sort((a, b) => byName.compare(a.label, b.label)),
  };
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisationDetail>>>;

export async function getOrganisationDetail(slug: string, locale: Locale) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  const suffix = localeSuffix(locale);
  const org = await prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      acronym: true,
      type: true,
      nameJa: true,
      nameEn: true,
      nameFr: true,
      sourceName: true,
      noteJa: true,
      noteEn: true,
      noteFr: true,
      source: { select: { language: true } },
      country: { select: { code: true, nameJa: true, nameEn: true, nameFr: true, approaches: { select: { approach: { select: APPROACH } }, take: 1 } } },
      approach: { select: APPROACH },
    },
  });
  if (!org) return null;
  const index = await currentIndex();
  const donorSet = publishedWith(index, ["donor"], [org.slug]);
  const partnerSet = publishedWith(index, ["partner"], [org.slug]);
  const funderSet = publishedWith(index, ["funder"], [org.slug]);
  const all = donorSet.clone().or(partnerSet).or(funderSet);
  const [asDonor, asPartner, asFunder] = [donorSet, partnerSet, funderSet].map((set) => refsOf(index, set, locale));
  // Countries named by its initiatives (the catalogue's default, direct reach, so each count equals its link).
  const countries = [...countValues(index, ["country"], all)]
    .map(([code, count]) => ({
      code,
      m49: index.reference.countries.get(code)?.m49 ?? "",
      name: index.reference.countries.get(code)?.names[locale] ?? code,
      count,
    }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  const themes = topThemeCounts(index, all, locale);
  const partnerCounts = countValues(index, ["donor", "partner"], all);
  const partners: { slug: string; name: string; acronym: string | null; count: number }[] = [];
  for (const [otherSlug, count] of partnerCounts) {
    const other = index.reference.organisationsBySlug.get(otherSlug);
    if (other && other.id !== org.id) partners.push({ slug: other.slug, name: other.names[locale], acronym: other.acronym, count });
  }
  partners.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, locale));
  // The catalogue filter that gives exactly this organisation's initiatives, when it has only one role.
  const role = asDonor.total && !asPartner.total ? "donor" : asPartner.total && !asDonor.total ? "partner" : null;
  // A government body without an approach of its own is described by its country's (the typology is national).
  const countryApproach = org.type === "government" ? org.country?.approaches[0]?.approach : undefined;
  const approach = org.approach ?? countryApproach ?? null;
  return {
    slug: org.slug,
    name: org[`name${suffix}`],
    acronym: org.acronym,
    type: org.type,
    sourceName: org.sourceName ? { text: org.sourceName, lang: org.source.language } : null,
    note: org[`note${suffix}`],
    country: org.country ? { code: org.country.code, name: org.country[`name${suffix}`] } : null,
    approach: approach
      ? {
          slug: approach.slug,
          name: approach[`name${suffix}`],
          description: approach[`description${suffix}`],
          locator: approach.sourceLocator,
          source: approach.source[`title${suffix}`],
          viaCountry: !org.approach,
        }
      : null,
    asDonor,
    asPartner,
    asFunder,
    role,
    total: all.size(),
    countries,
    themes,
    partners,
  };
}
