import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import { localeSuffix } from "./localized";
import { INITIATIVE_COUNTRY_SQL } from "./search-sql";
import { initiativeRefsSql, toRef } from "./initiative-refs";

const num = (value: unknown) => Number(value ?? 0);
const raw = <T>(text: string, ...params: unknown[]) => prisma.$queryRawUnsafe(text, ...params) as Promise<T[]>;

export type ThemeCount = { slug: string; name: string; gfceCode: string | null; parentSlug: string | null; count: number };

/** Published initiatives per theme, a theme counting its sub-themes' initiatives (as the catalogue's filter does). */
export async function themeCounts(locale: Locale): Promise<ThemeCount[]> {
  const suffix = localeSuffix(locale);
  const rows = await raw<Record<string, unknown>>(
    `SELECT t.slug, t.name${suffix} AS name, t.gfceCode, t.parentSlug, t.position, COUNT(DISTINCT i.id) AS n FROM "Theme" t
     LEFT JOIN "Theme" m ON m.slug = t.slug OR m.parentSlug = t.slug
     LEFT JOIN "InitiativeTheme" it ON it.themeId = m.id
     LEFT JOIN "Initiative" i ON i.id = it.initiativeId AND i.status = 'published'
     GROUP BY t.id ORDER BY t.position`);
  return rows.map((row) => ({ slug: String(row.slug), name: String(row.name), gfceCode: (row.gfceCode as string | null) ?? null, parentSlug: (row.parentSlug as string | null) ?? null, count: num(row.n) }));
}

/** The five GFCE themes, each with its sub-themes. */
export async function themeTree(locale: Locale) {
  const themes = await themeCounts(locale);
  return themes.filter((theme) => !theme.parentSlug).map((theme) => ({ ...theme, children: themes.filter((child) => child.parentSlug === theme.slug) }));
}

const LIMIT = 12;

export async function getThemeDetail(slug: string, locale: Locale) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  const suffix = localeSuffix(locale);
  const themes = await themeCounts(locale);
  const theme = themes.find((candidate) => candidate.slug === slug);
  if (!theme) return null;
  const ids = `SELECT it.initiativeId FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it.themeId WHERE t.slug = ? OR t.parentSlug = ?`;
  const refsSql = initiativeRefsSql({ text: ids, params: [slug, slug] }, locale);
  const [initiatives, donors, recipients] = await Promise.all([
    raw<Parameters<typeof toRef>[0]>(refsSql.text, ...refsSql.params),
    raw<Record<string, unknown>>(
      `SELECT o.slug AS key, o.name${suffix} AS name, COUNT(DISTINCT io.initiativeId) AS n FROM "InitiativeOrganisation" io
       JOIN "Organisation" o ON o.id = io.organisationId JOIN "Initiative" i ON i.id = io.initiativeId AND i.status = 'published'
       WHERE io."column" = 'donor' AND io.initiativeId IN (${ids}) GROUP BY o.id ORDER BY n DESC, name LIMIT ?`, slug, slug, LIMIT),
    raw<Record<string, unknown>>(
      `SELECT c.code AS key, c.name${suffix} AS name, COUNT(DISTINCT x.initiativeId) AS n FROM (${INITIATIVE_COUNTRY_SQL}) x
       JOIN "Initiative" i ON i.id = x.initiativeId AND i.status = 'published' JOIN "Country" c ON c.code = x.countryCode
       WHERE x.initiativeId IN (${ids}) GROUP BY c.code ORDER BY n DESC, name LIMIT ?`, slug, slug, LIMIT),
  ]);
  const ranked = (rows: Record<string, unknown>[]) => rows.map((row) => ({ key: String(row.key), name: String(row.name), count: num(row.n) }));
  return {
    ...theme,
    parent: themes.find((candidate) => candidate.slug === theme.parentSlug) ?? null,
    children: themes.filter((child) => child.parentSlug === slug),
    initiatives: initiatives.map(toRef),
    donors: ranked(donors),
    recipients: ranked(recipients),
  };
}
