import { prisma } from "../../lib/db/client";

const UNINHABITED = new Set(["AQ", "BV", "HM", "GS", "TF", "UM", "IO"]);

export type Reach = { direct: Set<number>; group: Set<number>; global: Set<number>; asDonor: Set<number> };

/**
 * The reach tiers of every country computed independently of the catalogue index, with Prisma relations:
 * a group reaches its members and its sub-regions' members ("world" every country), never uninhabited
 * territories; tiers are disjoint (direct beats group beats global).
 */
export async function reachByCountry(): Promise<Map<string, Reach>> {
  const [countries, groups, initiatives] = await Promise.all([
    prisma.country.findMany({ select: { code: true } }),
    prisma.group.findMany({ select: { id: true, slug: true, scope: true, parentSlug: true, members: { select: { countryCode: true } } } }),
    prisma.initiative.findMany({
      where: { status: "published" },
      select: {
        id: true,
        countries: { select: { countryCode: true } },
        groups: { select: { groupId: true } },
        organisations: { select: { column: true, funding: true, iatiRole: true, organisation: { select: { countryCode: true } } } },
      },
    }),
  ]);
  const bySlug = new Map(groups.map((g) => [g.slug, g]));
  const membersOf = (slug: string): Set<string> => {
    if (slug === "world") return new Set(countries.map((c) => c.code));
    const group = bySlug.get(slug)!;
    const result = new Set(group.members.map((m) => m.countryCode));
    for (const child of groups.filter((g) => g.parentSlug === slug)) for (const code of membersOf(child.slug)) result.add(code);
    return result;
  };
  const reach = new Map<string, Reach>(countries.map((c) => [c.code, { direct: new Set(), group: new Set(), global: new Set(), asDonor: new Set() }]));
  for (const initiative of initiatives) {
    const direct = new Set(initiative.countries.map((c) => c.countryCode));
    const viaGroup = new Set<string>();
    const viaGlobal = new Set<string>();
    for (const { groupId } of initiative.groups) {
      const group = groups.find((g) => g.id === groupId)!;
      for (const code of membersOf(group.slug)) if (!UNINHABITED.has(code)) (group.scope === "global" ? viaGlobal : viaGroup).add(code);
    }
    for (const code of direct) reach.get(code)!.direct.add(initiative.id);
    for (const code of viaGroup) if (!direct.has(code)) reach.get(code)!.group.add(initiative.id);
    for (const code of viaGlobal) if (!direct.has(code) && !viaGroup.has(code)) reach.get(code)!.global.add(initiative.id);
    for (const link of initiative.organisations) {
      const funds = link.column === "donor" || link.funding || link.iatiRole === 1;
      if (funds && link.organisation.countryCode) reach.get(link.organisation.countryCode)!.asDonor.add(initiative.id);
    }
  }
  return reach;
}
