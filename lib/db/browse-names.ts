import "server-only";
import { prisma } from "./client";
import { countryAliases } from "../search/aliases";

/** Every organisation's names in the three languages and its acronym, by slug: the list's name search matches any of them. */
export async function organisationNames(): Promise<Map<string, string[]>> {
  const rows = await prisma.organisation.findMany({ select: { slug: true, nameJa: true, nameEn: true, nameFr: true, acronym: true } });
  return new Map(rows.map((row) => [row.slug, [row.nameJa, row.nameEn, row.nameFr, row.acronym].filter((name): name is string => Boolean(name))]));
}

/** Every country's names in the three languages, its common aliases (Vietnam, USA, トルコ) and its ISO code, by code. */
export async function countryNames(): Promise<Map<string, string[]>> {
  const rows = await prisma.country.findMany({ select: { code: true, nameJa: true, nameEn: true, nameFr: true } });
  return new Map(
    rows.map((row) => [row.code, [row.nameJa, row.nameEn, row.nameFr, row.code, ...countryAliases(row.code)].filter((name): name is string => Boolean(name))]),
  );
}
