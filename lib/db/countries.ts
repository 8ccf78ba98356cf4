import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import { localeSuffix } from "./localized";
import { INITIATIVE_COUNTRY_SQL } from "./search-sql";
import { findCountries } from "../search/aliases";
import { initiativeRefsSql, toRef, type InitiativeRef } from "./initiative-refs";

export type CountryCount = { code: string; m49: string; name: string; regionSlug: string | null; reached: number; direct: number; viaGroups: number; asDonor: number };
export type CountrySort = "name" | "count";

const num = (value: unknown) => Number(value ?? 0);
const raw = <T>(text: string, ...params: unknown[]) => prisma.$queryRawUnsafe(text, ...params) as Promise<T[]>;
const collator = (locale: Locale) => new Intl.Collator(locale, { sensitivity: "base" });

/**
 * Every country that receives capacity building (directly or through a group; "world" has no members)
 * or is the home country of a donor, with its counts over published initiatives.
 */
export async function countryCounts(locale: Locale, options: { q?: string; sort?: CountrySort } = {}): Promise<CountryCount[]> {
  const suffix = localeSuffix(locale);
  const params: unknown[] = [];
  let nameFilter = "";
  if (options.q) {
    // Names in every language and their aliases (Vietnam, Ivory Coast, USA, トルコ), accents ignored.
    const codes = findCountries(options.q, locale);
    if (!codes.length) return [];
    nameFilter = `AND c.code IN (${codes.map(() => "?").join(", ")})`;
    params.push(...codes);
  }
  const rows = await raw<Record<string, unknown>>(`
    WITH pub AS (SELECT id FROM "Initiative" WHERE status = 'published'),
    direct AS (SELECT ic.countryCode AS code, COUNT(DISTINCT ic.initiativeId) AS n FROM "InitiativeCountry" ic JOIN pub ON pub.id = ic.initiativeId GROUP BY ic.countryCode),
    reached AS (SELECT x.countryCode AS code, COUNT(DISTINCT x.initiativeId) AS n FROM (${INITIATIVE_COUNTRY_SQL}) x JOIN pub ON pub.id = x.initiativeId GROUP BY x.countryCode),
    donor AS (SELECT o.countryCode AS code, COUNT(DISTINCT io.initiativeId) AS n FROM "InitiativeOrganisation" io
      JOIN "Organisation" o ON o.id = io.organisationId JOIN pub ON pub.id = io.initiativeId
      WHERE io."column" = 'donor' AND o.countryCode IS NOT NULL GROUP BY o.countryCode)
    SELECT c.code, c.m49, c.name${suffix} AS name, c.regionSlug, COALESCE(r.n, 0) AS reached, COALESCE(d.n, 0) AS direct, COALESCE(g.n, 0) AS asDonor
    FROM "Country" c LEFT JOIN reached r ON r.code = c.code LEFT JOIN direct d ON d.code = c.code LEFT JOIN donor g ON g.code = c.code
    WHERE (r.n > 0 OR g.n > 0) ${nameFilter}`, ...params);
  const list = rows.map((row) => ({
    code: String(row.code),
    m49: String(row.m49),
    name: String(row.name),
    regionSlug: (row.regionSlug as string | null) ?? null,
    reached: num(row.reached),
    direct: num(row.direct),
    viaGroups: num(row.reached) - num(row.direct),
    asDonor: num(row.asDonor),
  }));
  const byName = collator(locale);
  return list.sort((a, b) => (options.sort === "count" ? b.reached - a.reached || b.asDonor - a.asDonor : 0) || byName.compare(a.name, b.name));
}

/** The countries grouped under their UN M49 continent (Africa, Americas, Asia, Europe, Oceania). */
export async function countriesByRegion(locale: Locale, options: { q?: string; sort?: CountrySort } = {}, counted?: CountryCount[]) {
  const [countries, regions] = await Promise.all([counted ?? countryCounts(locale, options), regionTree(locale)]);
  const groups = new Map<string, { region: RegionInfo; countries: CountryCount[] }>();
  for (const country of countries) {
    const continent = regions.continentOf(country.regionSlug);
    const key = continent?.slug ?? "";
    if (!groups.has(key)) groups.set(key, { region: continent ?? { slug: "", name: "" }, countries: [] });
    groups.get(key)!.countries.push(country);
  }
  const byName = collator(locale);
  return [...groups.values()].sort((a, b) => Number(!a.region.slug) - Number(!b.region.slug) || byName.compare(a.region.name, b.region.name));
}

const reachSql = `SELECT initiativeId FROM (${INITIATIVE_COUNTRY_SQL}) WHERE countryCode = ?`;

export type CountryDetail = NonNullable<Awaited<ReturnType<typeof getCountryDetail>>>;

/** Everything the country page shows; null when the code names no country. */
export async function getCountryDetail(codeParam: string, locale: Locale) {
  if (!/^[A-Za-z]{2}$/.test(codeParam)) return null;
  const code = codeParam.toUpperCase();
  const suffix = localeSuffix(locale);
  const country = await prisma.country.findUnique({ where: { code }, select: { code: true, m49: true, regionSlug: true, nameJa: true, nameEn: true, nameFr: true } });
  if (!country) return null;
  const [regions, direct, viaGroupRows, groupLinks, donors, themes, donorInitiatives, donorOrgs, gge, approaches] = await Promise.all([
    regionTree(locale),
    rawRefs(`SELECT initiativeId FROM "InitiativeCountry" WHERE countryCode = ?`, [code], locale),
    rawRefs(`${reachSql} EXCEPT SELECT initiativeId FROM "InitiativeCountry" WHERE countryCode = ?`, [code, code], locale),
    raw<{ initiativeId: unknown; slug: string; name: string; acronym: string | null }>(
      `SELECT ig.initiativeId, g.slug, g.name${suffix} AS name, g.acronym FROM "InitiativeGroup" ig JOIN "GroupMember" gm ON gm.groupId = ig.groupId
       JOIN "Group" g ON g.id = ig.groupId WHERE gm.countryCode = ? ORDER BY g.name${suffix}`, code),
    raw<Record<string, unknown>>(
      `SELECT o.slug, o.name${suffix} AS name, o.acronym, COUNT(DISTINCT io.initiativeId) AS n FROM "InitiativeOrganisation" io
       JOIN "Organisation" o ON o.id = io.organisationId JOIN "Initiative" i ON i.id = io.initiativeId
       WHERE i.status = 'published' AND io."column" = 'donor' AND io.initiativeId IN (${reachSql})
       GROUP BY o.id ORDER BY n DESC, name`, code),
    themeCountsFor(reachSql, [code], locale),
    rawRefs(`SELECT io.initiativeId FROM "InitiativeOrganisation" io JOIN "Organisation" o ON o.id = io.organisationId WHERE io."column" = 'donor' AND o.countryCode = ?`, [code], locale),
    raw<Record<string, unknown>>(
      `SELECT o.slug, o.name${suffix} AS name, o.acronym, COUNT(DISTINCT io.initiativeId) AS n FROM "Organisation" o
       JOIN "InitiativeOrganisation" io ON io.organisationId = o.id AND io."column" = 'donor' JOIN "Initiative" i ON i.id = io.initiativeId AND i.status = 'published'
       WHERE o.countryCode = ? GROUP BY o.id ORDER BY n DESC, name`, code),
    raw<Record<string, unknown>>(
      `SELECT s.slug, s.number, s.startYear, s.endYear, s.outcome, (s.chairCountryCode = ?) AS chair FROM "GgeSessionMember" m
       JOIN "GgeSession" s ON s.id = m.sessionId WHERE m.countryCode = ? ORDER BY s.number`, code, code),
    prisma.approach.findMany({
      where: { countries: { some: { countryCode: code } } },
      orderBy: { position: "asc" },
      select: { slug: true, nameJa: true, nameEn: true, nameFr: true, descriptionJa: true, descriptionEn: true, descriptionFr: true, sourceLocator: true, source: { select: { titleJa: true, titleEn: true, titleFr: true } } },
    }),
  ]);
  const viaByInitiative = new Map<number, { slug: string; name: string }[]>();
  for (const link of groupLinks) {
    const id = num(link.initiativeId);
    viaByInitiative.set(id, [...(viaByInitiative.get(id) ?? []), { slug: link.slug, name: link.name }]);
  }
  const org = (row: Record<string, unknown>) => ({ slug: String(row.slug), name: String(row.name), acronym: (row.acronym as string | null) ?? null, count: num(row.n) });
  return {
    code,
    m49: country.m49,
    name: country[`name${suffix}`],
    region: regions.get(country.regionSlug),
    continent: regions.continentOf(country.regionSlug),
    direct,
    viaGroups: viaGroupRows.map((ref) => ({ ...ref, via: viaByInitiative.get(ref.id) ?? [] })),
    donors: donors.map(org),
    themes,
    asDonor: donorInitiatives,
    donorOrganisations: donorOrgs.map(org),
    approaches: approaches.map((a) => ({ slug: a.slug, name: a[`name${suffix}`], description: a[`description${suffix}`], locator: a.sourceLocator, source: a.source[`title${suffix}`] })),
    gge: gge.map((row) => ({ slug: String(row.slug), number: num(row.number), startYear: num(row.startYear), endYear: num(row.endYear), outcome: String(row.outcome), chair: Boolean(num(row.chair)) })),
  };
}

async function rawRefs(idsSql: string, params: unknown[], locale: Locale): Promise<InitiativeRef[]> {
  const sql = initiativeRefsSql({ text: idsSql, params }, locale);
  return (await raw<Parameters<typeof toRef>[0]>(sql.text, ...sql.params)).map(toRef);
}

/** GFCE themes (top level) with the number of published initiatives among `idsSql` that have it or a sub-theme. */
export async function themeCountsFor(idsSql: string, params: unknown[], locale: Locale) {
  const suffix = localeSuffix(locale);
  const rows = await raw<Record<string, unknown>>(
    `SELECT top.slug, top.name${suffix} AS name, top.gfceCode, COUNT(DISTINCT it.initiativeId) AS n FROM "InitiativeTheme" it
     JOIN "Theme" t ON t.id = it.themeId JOIN "Theme" top ON top.slug = COALESCE(t.parentSlug, t.slug)
     JOIN "Initiative" i ON i.id = it.initiativeId
     WHERE i.status = 'published' AND it.initiativeId IN (${idsSql}) GROUP BY top.id ORDER BY top.position`, ...params);
  return rows.map((row) => ({ slug: String(row.slug), name: String(row.name), gfceCode: (row.gfceCode as string | null) ?? null, count: num(row.n) }));
}

export type RegionInfo = { slug: string; name: string };

/** The UN M49 regions with a lookup of each sub-region's continent (the child of "world"). */
async function regionTree(locale: Locale) {
  const suffix = localeSuffix(locale);
  const rows = await prisma.group.findMany({ where: { kind: "m49-region" }, select: { slug: true, parentSlug: true, m49: true, nameJa: true, nameEn: true, nameFr: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  const info = (slug: string | null | undefined): RegionInfo | null => {
    const row = slug ? bySlug.get(slug) : undefined;
    return row ? { slug: row.slug, name: row[`name${suffix}`] } : null;
  };
  const continentOf = (slug: string | null | undefined): RegionInfo | null => {
    let row = slug ? bySlug.get(slug) : undefined;
    while (row?.parentSlug && row.parentSlug !== "world") row = bySlug.get(row.parentSlug);
    return info(row?.slug);
  };
  return { get: info, continentOf };
}
