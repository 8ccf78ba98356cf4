import type { SeedData } from "./load-seed-data";

type MemberData = Pick<SeedData, "regions" | "countries" | "groups">;

/**
 * Members of every region and group by slug. A country belongs to its M49 region and every ancestor
 * region except "world" (which lists no members: it reaches everyone by scope); a listed group has its
 * members; a derived group (`intersectionOf`) has the countries in both of its operands.
 */
export function groupMemberSets(data: MemberData): Map<string, Set<string>> {
  const sets = new Map<string, Set<string>>();
  const regionsByM49 = new Map(data.regions.map((r) => [r.m49, r]));
  for (const region of data.regions) sets.set(region.slug, new Set());
  for (const country of data.countries)
    for (let m49 = country.region; m49 && m49 !== "001"; m49 = regionsByM49.get(m49)?.parent ?? undefined) {
      const region = regionsByM49.get(m49);
      if (region) sets.get(region.slug)!.add(country.code);
    }
  for (const group of data.groups) if (!group.intersectionOf) sets.set(group.slug, new Set(group.members));
  for (const group of data.groups) {
    if (!group.intersectionOf) continue;
    const [a, b] = group.intersectionOf.map((slug) => sets.get(slug) ?? new Set<string>());
    sets.set(group.slug, new Set([...a].filter((code) => b.has(code))));
  }
  return sets;
}
