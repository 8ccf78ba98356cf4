import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import { localeSuffix } from "./localized";
import { INITIATIVE_COUNTRY_SQL } from "./search-sql";
import { initiativeRefsSql, toRef, type InitiativeRef } from "./initiative-refs";
import { themeCountsFor } from "./countries";

const num = (value: unknown) => Number(value ?? 0);
const raw = <T>(text: string, ...params: unknown[]) => prisma.$queryRawUnsafe(text, ...params) as Promise<T[]>;
const FUNDING = `(io.funding = 1 OR io.iatiRole = 1)`;
const APPROACH = { slug: true, nameJa: true, nameEn: true, nameFr: true, descriptionJa: true, descriptionEn: true, descriptionFr: true, sourceLocator: true, source: { select: { titleJa: true, titleEn: true, titleFr: true } } } as const;

export type OrganisationCount = { slug: string; name: string; acronym: string | null; type: string; countryCode: string | null; countryName: string | null; asDonor: number; asPartner: number; asFunder: number };

/** Organisations linked to published initiatives, with their counts per role, optionally filtered. */
export async function organisationCounts(locale: Locale, filters: { type?: string; country?: string } = {}): Promise<OrganisationCount[]> {
  const suffix = localeSuffix(locale);
  const where: string[] = [];
  const params: unknown[] = [];
  if (filters.type) where.push("o.type = ?") && params.push(filters.type);
  if (filters.country) where.push("o.countryCode = ?") && params.push(filters.country);
  const rows = await raw<Record<string, unknown>>(
    `SELECT o.slug, o.name${suffix} AS name, o.acronym, o.type, o.countryCode, c.name${suffix} AS countryName,
       COUNT(DISTINCT CASE WHEN io."column" = 'donor' THEN io.initiativeId END) AS asDonor,
       COUNT(DISTINCT CASE WHEN io."column" = 'partner' THEN io.initiativeId END) AS asPartner,
       COUNT(DISTINCT CASE WHEN ${FUNDING} THEN io.initiativeId END) AS asFunder
     FROM "Organisation" o JOIN "InitiativeOrganisation" io ON io.organisationId = o.id
     JOIN "Initiative" i ON i.id = io.initiativeId AND i.status = 'published' LEFT JOIN "Country" c ON c.code = o.countryCode
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""} GROUP BY o.id`, ...params);
  const byName = new Intl.Collator(locale, { sensitivity: "base" });
  return rows
    .map((row) => ({
      slug: String(row.slug), name: String(row.name), acronym: (row.acronym as string | null) ?? null, type: String(row.type),
      countryCode: (row.countryCode as string | null) ?? null, countryName: (row.countryName as string | null) ?? null,
      asDonor: num(row.asDonor), asPartner: num(row.asPartner), asFunder: num(row.asFunder),
    }))
    .sort((a, b) => b.asDonor + b.asPartner - (a.asDonor + a.asPartner) || byName.compare(a.name, b.name));
}

/** The choices of the list's filters: organisation types and home countries, with counts of organisations. */
export async function organisationFilterOptions(locale: Locale) {
  const suffix = localeSuffix(locale);
  const linked = `o.id IN (SELECT io.organisationId FROM "InitiativeOrganisation" io JOIN "Initiative" i ON i.id = io.initiativeId WHERE i.status = 'published')`;
  const [types, countries] = await Promise.all([
    raw<Record<string, unknown>>(`SELECT o.type, COUNT(*) AS n FROM "Organisation" o WHERE ${linked} GROUP BY o.type ORDER BY o.type`),
    raw<Record<string, unknown>>(`SELECT c.code, c.name${suffix} AS name, COUNT(*) AS n FROM "Organisation" o JOIN "Country" c ON c.code = o.countryCode WHERE ${linked} GROUP BY c.code`),
  ]);
  const byName = new Intl.Collator(locale, { sensitivity: "base" });
  return {
    types: types.map((row) => ({ value: String(row.type), count: num(row.n) })),
    countries: countries.map((row) => ({ value: String(row.code), label: String(row.name), count: num(row.n) })).sort((a, b) => byName.compare(a.label, b.label)),
  };
}

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisationDetail>>>;

export async function getOrganisationDetail(slug: string, locale: Locale) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  const suffix = localeSuffix(locale);
  const org = await prisma.organisation.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, acronym: true, type: true, nameJa: true, nameEn: true, nameFr: true,
      sourceName: true, noteJa: true, noteEn: true, noteFr: true, source: { select: { language: true } },
      country: { select: { code: true, nameJa: true, nameEn: true, nameFr: true, approaches: { select: { approach: { select: APPROACH } }, take: 1 } } },
      approach: { select: APPROACH },
    },
  });
  if (!org) return null;
  const ids = (condition: string) => `SELECT io.initiativeId FROM "InitiativeOrganisation" io WHERE io.organisationId = ? AND ${condition}`;
  const all = ids("1 = 1");
  const [asDonor, asPartner, asFunder, countries, themes, partners] = await Promise.all([
    refs(ids(`io."column" = 'donor'`), [org.id], locale),
    refs(ids(`io."column" = 'partner'`), [org.id], locale),
    refs(ids(FUNDING), [org.id], locale),
    raw<Record<string, unknown>>(
      `SELECT c.code, c.m49, c.name${suffix} AS name, COUNT(DISTINCT x.initiativeId) AS n FROM (${INITIATIVE_COUNTRY_SQL}) x
       JOIN "Initiative" i ON i.id = x.initiativeId AND i.status = 'published' JOIN "Country" c ON c.code = x.countryCode
       WHERE x.initiativeId IN (${all}) GROUP BY c.code ORDER BY n DESC, name`, org.id),
    themeCountsFor(all, [org.id], locale),
    raw<Record<string, unknown>>(
      `SELECT o.slug, o.name${suffix} AS name, o.acronym, COUNT(DISTINCT io.initiativeId) AS n FROM "InitiativeOrganisation" io
       JOIN "Organisation" o ON o.id = io.organisationId JOIN "Initiative" i ON i.id = io.initiativeId AND i.status = 'published'
       WHERE io.initiativeId IN (${all}) AND io.organisationId <> ? GROUP BY o.id ORDER BY n DESC, name`, org.id, org.id),
  ]);
  // The catalogue filter that gives exactly this organisation's initiatives, when it has only one role.
  const role = asDonor.length && !asPartner.length ? "donor" : asPartner.length && !asDonor.length ? "partner" : null;
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
      ? { slug: approach.slug, name: approach[`name${suffix}`], description: approach[`description${suffix}`], locator: approach.sourceLocator, source: approach.source[`title${suffix}`], viaCountry: !org.approach }
      : null,
    asDonor,
    asPartner,
    asFunder,
    role,
    total: new Set([...asDonor, ...asPartner, ...asFunder].map((ref) => ref.id)).size,
    countries: countries.map((row) => ({ code: String(row.code), m49: String(row.m49), name: String(row.name), count: num(row.n) })),
    themes,
    partners: partners.map((row) => ({ slug: String(row.slug), name: String(row.name), acronym: (row.acronym as string | null) ?? null, count: num(row.n) })),
  };
}

async function refs(idsSql: string, params: unknown[], locale: Locale): Promise<InitiativeRef[]> {
  const sql = initiativeRefsSql({ text: idsSql, params }, locale);
  return (await raw<Parameters<typeof toRef>[0]>(sql.text, ...sql.params)).map(toRef);
}
