import "server-only";
import { prisma } from "./client";
import { localeSuffix, pickText } from "./localized";
import { LOCALES } from "../validations/common";
import { INITIATIVE_COUNTRY_SQL } from "./search-sql";
import type { Locale } from "../validations/common";

type Row = Record<string, unknown>;
/** The localised name column, never built from an unchecked string (an unknown locale reads English). */
const nameColumn = (locale: Locale) => `name${localeSuffix(LOCALES.includes(locale) ? locale : "en")}`;
const rows = (sql: string, ...params: unknown[]) => prisma.$queryRawUnsafe(sql, ...params) as Promise<Row[]>;

export type CountItem = { key: string; label: string; value: number };

/**
 * Published initiatives per GFCE theme, counting an initiative once whether it carries the theme
 * or one of its sub-themes (the same rule as the catalogue's `theme` filter).
 */
export async function initiativesByTheme(locale: Locale): Promise<CountItem[]> {
  const name = nameColumn(locale);
  const result = await rows(`
    SELECT p.slug AS key, p.${name} AS label, COUNT(DISTINCT it.initiativeId) AS value
    FROM "Theme" p
    LEFT JOIN "Theme" t ON t.slug = p.slug OR t.parentSlug = p.slug
    LEFT JOIN "InitiativeTheme" it ON it.themeId = t.id AND it.initiativeId IN (SELECT id FROM "Initiative" WHERE status = 'published')
    WHERE p.parentSlug IS NULL
    GROUP BY p.id ORDER BY p.position`);
  return result.map(toItem);
}

/** Published initiatives per known start year, oldest first (unknown years are counted apart). */
export async function initiativesByStartYear() {
  const [years, [unknown]] = await Promise.all([
    rows(`SELECT startYear AS key, startYear AS label, COUNT(*) AS value FROM "Initiative"
          WHERE status = 'published' AND startYear IS NOT NULL GROUP BY startYear ORDER BY startYear`),
    rows(`SELECT COUNT(*) AS value FROM "Initiative" WHERE status = 'published' AND startYear IS NULL`),
  ]);
  return { years: years.map(toItem), unknown: Number(unknown.value) };
}

/** Organisations named as donor (the source's donor column) on the most published initiatives. */
export async function topDonors(locale: Locale, limit = 10): Promise<CountItem[]> {
  const name = nameColumn(locale);
  const result = await rows(
    `SELECT o.slug AS key, o.${name} AS label, COUNT(DISTINCT io.initiativeId) AS value
     FROM "InitiativeOrganisation" io
     JOIN "Organisation" o ON o.id = io.organisationId
     JOIN "Initiative" i ON i.id = io.initiativeId AND i.status = 'published'
     WHERE io."column" = 'donor'
     GROUP BY o.id ORDER BY value DESC, o.${name} LIMIT ?`,
    limit,
  );
  return result.map(toItem);
}

/** Countries reached by the most published initiatives, directly or through a region or group. */
export async function topRecipientCountries(locale: Locale, limit = 10): Promise<CountItem[]> {
  const name = nameColumn(locale);
  const result = await rows(
    `SELECT c.code AS key, c.${name} AS label, COUNT(DISTINCT x.initiativeId) AS value
     FROM (${INITIATIVE_COUNTRY_SQL}) x
     JOIN "Initiative" i ON i.id = x.initiativeId AND i.status = 'published'
     JOIN "Country" c ON c.code = x.countryCode
     GROUP BY c.code ORDER BY value DESC, c.${name} LIMIT ?`,
    limit,
  );
  return result.map(toItem);
}

/** The most recently added published initiatives (ties in the seed broken by appendix row). */
export async function latestInitiatives(locale: Locale, limit = 6) {
  const items = await prisma.initiative.findMany({
    where: { status: "published" },
    orderBy: [{ createdAt: "desc" }, { appendixRow: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      slug: true, originalLocale: true, startYear: true, endYear: true, ongoing: true, createdAt: true,
      source: { select: { date: true } },
      texts: { select: { locale: true, name: true, summary: true } },
    },
  });
  return items.map((item) => {
    const original = item.originalLocale as Locale;
    const field = (key: "name" | "summary") => Object.fromEntries(item.texts.map((t) => [t.locale, t[key]]));
    return {
      slug: item.slug,
      createdAt: item.createdAt,
      period: { startYear: item.startYear, endYear: item.endYear, ongoing: item.ongoing, sourceDate: item.source.date },
      name: pickText(field("name"), locale, original) ?? { text: item.slug, locale, isFallback: false },
      summary: pickText(field("summary"), locale, original),
    };
  });
}

function toItem(row: Row): CountItem {
  return { key: String(row.key), label: String(row.label), value: Number(row.value) };
}
