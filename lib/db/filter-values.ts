import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import type { InitiativeSearch } from "../validations/search";

type Db = Pick<PrismaClient, "country" | "group" | "organisation" | "theme" | "targetGroup">;

/** The filter parameters whose value is well-formed but names nothing in the database. */
export async function unknownFilterValues(db: Db, search: InitiativeSearch): Promise<string[]> {
  const checks: [string, string | undefined, (v: string) => Promise<unknown>][] = [
    ["country", search.country, (code) => db.country.findUnique({ where: { code }, select: { code: true } })],
    ["region", search.region, (slug) => db.group.findUnique({ where: { slug }, select: { id: true } })],
    ["donor", search.donor, (slug) => db.organisation.findUnique({ where: { slug }, select: { id: true } })],
    ["partner", search.partner, (slug) => db.organisation.findUnique({ where: { slug }, select: { id: true } })],
    ["funder", search.funder, (slug) => db.organisation.findUnique({ where: { slug }, select: { id: true } })],
    ["theme", search.theme, (slug) => db.theme.findUnique({ where: { slug }, select: { id: true } })],
    ["target", search.target, (slug) => db.targetGroup.findUnique({ where: { slug }, select: { id: true } })],
  ];
  const results = await Promise.all(checks.map(async ([key, value, find]) => (value && !(await find(value)) ? key : null)));
  return results.filter((key): key is string => key !== null);
}
