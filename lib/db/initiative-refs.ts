import "server-only";
import type { Locale } from "../validations/common";
import type { Sql } from "./search-sql";

/** A published initiative as a list entry: name in the page's locale, else its original locale. */
export type InitiativeRef = { id: number; slug: string; name: string; lang: Locale; startYear: number | null; endYear: number | null; ongoing: boolean };

type RawRef = { id: unknown; slug: string; name: string | null; lang: Locale; startYear: unknown; endYear: unknown; ongoing: unknown };

/** SELECTs the published initiatives whose id is in `idsSql` (a subquery), ordered by start year then name. */
export function initiativeRefsSql(idsSql: Sql, locale: Locale, extraColumns = ""): Sql {
  return {
    text: `SELECT i.id, i.slug, i.startYear, i.endYear, i.ongoing,
        COALESCE(tl.name, tf.name, ta.name) AS name,
        CASE WHEN tl.name IS NOT NULL THEN ? WHEN tf.name IS NOT NULL THEN i.originalLocale ELSE ta.locale END AS lang ${extraColumns}
      FROM "Initiative" i
      LEFT JOIN "InitiativeText" tl ON tl.initiativeId = i.id AND tl.locale = ?
      LEFT JOIN "InitiativeText" tf ON tf.initiativeId = i.id AND tf.locale = i.originalLocale
      LEFT JOIN "InitiativeText" ta ON ta.initiativeId = i.id AND ta.locale = (SELECT MIN(locale) FROM "InitiativeText" x WHERE x.initiativeId = i.id AND x.name IS NOT NULL)
      WHERE i.status = 'published' AND i.id IN (${idsSql.text})
      ORDER BY i.startYear IS NULL, i.startYear DESC, name COLLATE NOCASE`,
    params: [locale, locale, ...idsSql.params],
  };
}

export function toRef(row: RawRef): InitiativeRef {
  const year = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return { id: Number(row.id), slug: row.slug, name: row.name ?? row.slug, lang: row.lang, startYear: year(row.startYear), endYear: year(row.endYear), ongoing: Boolean(Number(row.ongoing)) };
}
