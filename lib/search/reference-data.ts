import type { Locale } from "../validations/common";

export type Names = { ja: string; en: string; fr: string };
export type GroupRef = { id: number; slug: string; kind: string; parentSlug: string | null; acronym: string | null; names: Names; global: boolean };
export type OrganisationRef = { id: number; slug: string; acronym: string | null; countryCode: string | null; names: Names };
export type ThemeRef = { id: number; slug: string; parentSlug: string | null; gfceCode: string | null; position: number; names: Names };
export type TargetRef = { id: number; slug: string; position: number; names: Names };
export type CountryRef = { code: string; m49: string; regionSlug: string | null; names: Names };

/**
 * Territories without a permanent population: they never inherit an initiative from a group
 * or region they belong to (only naming them directly counts).
 */
export const UNINHABITED_TERRITORIES = new Set(["AQ", "BV", "HM", "GS", "TF", "UM", "IO"]);

/** Names, kinds and memberships the index needs to turn links into facet values and labels. */
export type ReferenceData = {
  countries: Map<string, CountryRef>;
  groups: Map<number, GroupRef>;
  groupsBySlug: Map<string, GroupRef>;
  /** Countries a group reaches: its members and its sub-regions' members, without uninhabited territories. */
  groupReach: Map<number, string[]>;
  /** A group and every region above it. */
  groupAncestors: Map<number, number[]>;
  /** Groups a country is a member of. */
  countryGroups: Map<string, number[]>;
  organisations: Map<number, OrganisationRef>;
  organisationsBySlug: Map<string, OrganisationRef>;
  themes: Map<number, ThemeRef>;
  themesBySlug: Map<string, ThemeRef>;
  targets: Map<number, TargetRef>;
  sourceDates: Map<number, string>;
};

export function localLabel(names: Names, locale: Locale): string {
  return names[locale];
}

type Raw = {
  countries: { code: string; m49: string; regionSlug: string | null; nameJa: string; nameEn: string; nameFr: string }[];
  groups: {
    id: number;
    slug: string;
    kind: string;
    scope: string;
    parentSlug: string | null;
    acronym: string | null;
    nameJa: string;
    nameEn: string;
    nameFr: string;
  }[];
  members: { groupId: number; countryCode: string }[];
  organisations: { id: number; slug: string; acronym: string | null; countryCode: string | null; nameJa: string; nameEn: string; nameFr: string }[];
  themes: { id: number; slug: string; parentSlug: string | null; gfceCode: string | null; position: number; nameJa: string; nameEn: string; nameFr: string }[];
  targets: { id: number; slug: string; position: number; nameJa: string; nameEn: string; nameFr: string }[];
  sources: { id: number; date: string }[];
};

const names = (row: { nameJa: string; nameEn: string; nameFr: string }): Names => ({ ja: row.nameJa, en: row.nameEn, fr: row.nameFr });

export function buildReferenceData(raw: Raw): ReferenceData {
  const countries = new Map(raw.countries.map((c) => [c.code, { code: c.code, m49: c.m49, regionSlug: c.regionSlug, names: names(c) }]));
  const groups = new Map<number, GroupRef>(
    raw.groups.map((g) => [
      g.id,
      { id: g.id, slug: g.slug, kind: g.kind, parentSlug: g.parentSlug, acronym: g.acronym, names: names(g), global: g.scope === "global" },
    ]),
  );
  const groupsBySlug = new Map([...groups.values()].map((g) => [g.slug, g]));
  const directMembers = new Map<number, Set<string>>();
  const countryGroups = new Map<string, number[]>();
  for (const { groupId, countryCode } of raw.members) {
    if (!directMembers.has(groupId)) directMembers.set(groupId, new Set());
    directMembers.get(groupId)!.add(countryCode);
    if (!countryGroups.has(countryCode)) countryGroups.set(countryCode, []);
    countryGroups.get(countryCode)!.push(groupId);
  }
  const children = new Map<string, GroupRef[]>();
  for (const group of groups.values()) if (group.parentSlug) children.set(group.parentSlug, [...(children.get(group.parentSlug) ?? []), group]);

  const groupReach = new Map<number, string[]>();
  const reachOf = (group: GroupRef, seen: Set<number>): Set<string> => {
    const result = new Set(directMembers.get(group.id) ?? []);
    seen.add(group.id);
    for (const child of children.get(group.slug) ?? []) if (!seen.has(child.id)) for (const code of reachOf(child, seen)) result.add(code);
    return result;
  };
  for (const group of groups.values()) {
    // "World" lists no members: it reaches every country.
    const reach = group.slug === "world" ? new Set(countries.keys()) : reachOf(group, new Set());
    groupReach.set(group.id, [...reach].filter((code) => !UNINHABITED_TERRITORIES.has(code)).sort());
  }

  const groupAncestors = new Map<number, number[]>();
  for (const group of groups.values()) {
    const chain = [group.id];
    let parent = group.parentSlug ? groupsBySlug.get(group.parentSlug) : undefined;
    while (parent && !chain.includes(parent.id)) {
      chain.push(parent.id);
      parent = parent.parentSlug ? groupsBySlug.get(parent.parentSlug) : undefined;
    }
    groupAncestors.set(group.id, chain);
  }

  const organisations = new Map(
    raw.organisations.map((o) => [o.id, { id: o.id, slug: o.slug, acronym: o.acronym, countryCode: o.countryCode, names: names(o) }]),
  );
  const themes = new Map(
    raw.themes.map((t) => [t.id, { id: t.id, slug: t.slug, parentSlug: t.parentSlug, gfceCode: t.gfceCode, position: t.position, names: names(t) }]),
  );
  const targets = new Map(raw.targets.map((t) => [t.id, { id: t.id, slug: t.slug, position: t.position, names: names(t) }]));
  return {
    countries,
    groups,
    groupsBySlug,
    groupReach,
    groupAncestors,
    countryGroups,
    organisations,
    organisationsBySlug: new Map([...organisations.values()].map((o) => [o.slug, o])),
    themes,
    themesBySlug: new Map([...themes.values()].map((t) => [t.slug, t])),
    targets,
    sourceDates: new Map(raw.sources.map((s) => [s.id, s.date])),
  };
}
