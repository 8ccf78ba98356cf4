import "server-only";
import type { InitiativeSearch } from "../validations/search";

/** A SQL fragment with its positional parameters. */
export type Sql = { text: string; params: unknown[] };
export type FilterKey = "q" | "country" | "region" | "donor" | "partner" | "funder" | "theme" | "target" | "period";

const MIN_TRIGRAM = 3;
/** The InitiativeText columns the FTS index covers (see the search_index migration). */
const TEXT_COLUMNS = ["name", "summary", "objectives", "activities", "outcomes", "recipientText", "themeText", "targetGroupText"];

/** Splits a free-text query into at most 8 distinct terms (whitespace, ideographic space included). */
export function queryTerms(q: string | undefined): string[] {
  if (!q) return [];
  const terms = q
    .normalize("NFKC")
    .split(/[\s\u3000]+/u)
    .map((term) => term.replace(/^["'«»「」『』]+|["'«»「」『』]+$/gu, ""))
    .filter(Boolean);
  return [...new Set(terms)].slice(0, 8);
}

/** A term as an FTS5 string literal: any syntax character inside it is just text. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Every recipient relation of an initiative to a group: direct, via its countries, via child regions. */
export const INITIATIVE_REGION_SQL = `
  WITH RECURSIVE ancestors(groupId, ancestorId) AS (
    SELECT g.id, g.id FROM "Group" g
    UNION
    SELECT a.groupId, p.id FROM ancestors a
      JOIN "Group" c ON c.id = a.ancestorId
      JOIN "Group" p ON p.slug = c.parentSlug
  )
  SELECT ig.initiativeId AS initiativeId, a.ancestorId AS groupId FROM "InitiativeGroup" ig JOIN ancestors a ON a.groupId = ig.groupId
  UNION
  SELECT ic.initiativeId, gm.groupId FROM "InitiativeCountry" ic JOIN "GroupMember" gm ON gm.countryCode = ic.countryCode`;

/** Initiatives that reach a country directly or through a group it belongs to. */
export const INITIATIVE_COUNTRY_SQL = `
  SELECT initiativeId, countryCode FROM "InitiativeCountry"
  UNION
  SELECT ig.initiativeId, gm.countryCode FROM "InitiativeGroup" ig JOIN "GroupMember" gm ON gm.groupId = ig.groupId`;

function textMatch(term: string): Sql {
  const like = likePattern(term);
  const orgMatch = `i.id IN (SELECT io.initiativeId FROM "InitiativeOrganisation" io JOIN "Organisation" o ON o.id = io.organisationId
      WHERE o.nameJa LIKE ? ESCAPE '\\' OR o.nameEn LIKE ? ESCAPE '\\' OR o.nameFr LIKE ? ESCAPE '\\' OR o.acronym LIKE ? ESCAPE '\\')`;
  if ([...term].length >= MIN_TRIGRAM) {
    return {
      text: `(i.id IN (SELECT CAST(initiative_id AS INTEGER) FROM initiative_search WHERE initiative_search MATCH ?) OR ${orgMatch})`,
      params: [ftsPhrase(term), like, like, like, like],
    };
  }
  // Shorter than a trigram: FTS5's trigram index cannot answer, so scan the texts.
  return {
    text: `(i.id IN (SELECT t.initiativeId FROM "InitiativeText" t WHERE ${TEXT_COLUMNS.map((c) => `t.${c} LIKE ? ESCAPE '\\'`).join(" OR ")}) OR ${orgMatch})`,
    params: [...TEXT_COLUMNS.map(() => like), like, like, like, like],
  };
}

/** The WHERE clause for a search, leaving out one filter (for that filter's facet counts). */
export function searchWhere(search: InitiativeSearch, options: { except?: FilterKey; includeDrafts?: boolean } = {}): Sql {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (text: string, ...values: unknown[]) => {
    parts.push(text);
    params.push(...values);
  };
  const use = (key: FilterKey) => options.except !== key;

  if (!options.includeDrafts) add(`i.status = 'published'`);
  if (use("q"))
    for (const term of queryTerms(search.q)) {
      const match = textMatch(term);
      add(match.text, ...match.params);
    }
  if (use("country") && search.country)
    add(`i.id IN (SELECT initiativeId FROM (${INITIATIVE_COUNTRY_SQL}) WHERE countryCode = ?)`, search.country);
  if (use("region") && search.region)
    add(`i.id IN (SELECT r.initiativeId FROM (${INITIATIVE_REGION_SQL}) r JOIN "Group" g ON g.id = r.groupId WHERE g.slug = ?)`, search.region);
  const orgFilter = (slug: string, condition: string) =>
    add(`i.id IN (SELECT io.initiativeId FROM "InitiativeOrganisation" io JOIN "Organisation" o ON o.id = io.organisationId WHERE o.slug = ? AND ${condition})`, slug);
  if (use("donor") && search.donor) orgFilter(search.donor, `io."column" = 'donor'`);
  if (use("partner") && search.partner) orgFilter(search.partner, `io."column" = 'partner'`);
  if (use("funder") && search.funder) orgFilter(search.funder, `(io.funding = 1 OR io.iatiRole = 1)`);
  if (use("theme") && search.theme)
    add(`i.id IN (SELECT it.initiativeId FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it.themeId WHERE t.slug = ? OR t.parentSlug = ?)`, search.theme, search.theme);
  if (use("target") && search.target)
    add(`i.id IN (SELECT itg.initiativeId FROM "InitiativeTargetGroup" itg JOIN "TargetGroup" tg ON tg.id = itg.targetGroupId WHERE tg.slug = ?)`, search.target);
  if (use("period") && (search.from !== undefined || search.to !== undefined)) {
    // Ongoing initiatives run up to the current year; an initiative with no known year never matches a period.
    const currentYear = new Date().getUTCFullYear();
    add(
      `COALESCE(i.startYear, i.endYear) IS NOT NULL AND COALESCE(i.startYear, i.endYear) <= ? AND COALESCE(i.endYear, CASE WHEN i.ongoing = 1 THEN ? ELSE i.startYear END) >= ?`,
      search.to ?? 9999,
      currentYear,
      search.from ?? 0,
    );
  }
  if (use("period") && search.started !== undefined) add(`i.startYear = ?`, search.started);
  return { text: parts.length ? parts.join(" AND ") : "1 = 1", params };
}

/**
 * Relevance: best BM25 score over the locale rows of each initiative (names weigh 10x body text).
 * Returned as a MATERIALIZED common table expression: bm25() is only allowed in a query that reads
 * the FTS table directly, so SQLite must not flatten it into the aggregate.
 */
export function relevanceSql(search: InitiativeSearch): Sql | null {
  const terms = queryTerms(search.q).filter((term) => [...term].length >= MIN_TRIGRAM);
  if (!terms.length) return null;
  return {
    text: `WITH scored_rows AS MATERIALIZED (
        SELECT CAST(initiative_id AS INTEGER) AS initiativeId, bm25(initiative_search, 10.0, 1.0) AS rowScore
        FROM initiative_search WHERE initiative_search MATCH ?
      ), relevance AS (SELECT initiativeId, MIN(rowScore) AS score FROM scored_rows GROUP BY initiativeId)`,
    params: [terms.map(ftsPhrase).join(" OR ")],
  };
}
