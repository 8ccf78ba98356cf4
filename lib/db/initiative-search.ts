import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../validations/common";
import type { InitiativeSearch } from "../validations/search";
import { localeSuffix, localName, pickText, type LocalizedText } from "./localized";
import { INITIATIVE_REGION_SQL, relevanceSql, searchWhere, type FilterKey, type Sql } from "./search-sql";

type Db = Pick<PrismaClient, "$queryRawUnsafe" | "initiative">;

export type FacetOption = { value: string; label: string; count: number; parent?: string | null; kind?: string };
export type Facets = Record<"country" | "region" | "donor" | "partner" | "theme" | "target", FacetOption[]> & {
  startYear: { year: number; count: number }[];
};
export type NamedRef = { slug: string; name: string; acronym?: string | null };
export type RecipientRef =
  | { type: "country"; code: string; name: string }
  | { type: "group"; slug: string; name: string; kind: string };

export type SearchItem = {
  slug: string;
  appendixRow: number | null;
  name: LocalizedText;
  summary: LocalizedText | null;
  donors: NamedRef[];
  partners: (NamedRef & { funding: boolean })[];
  recipients: RecipientRef[];
  /** When filtering by country: the groups through which the initiative reaches it (empty = directly). */
  via: NamedRef[] | null;
  themes: (NamedRef & { parent: string | null })[];
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  source: { document: string; title: string; locator: string };
};
export type SearchResult = { total: number; page: number; pageSize: number; pageCount: number; items: SearchItem[]; facets: Facets };

const num = (value: unknown) => Number(value ?? 0);

async function rows<T>(db: Db, sql: Sql): Promise<T[]> {
  return (await db.$queryRawUnsafe(sql.text, ...sql.params)) as T[];
}

function orderBy(search: InitiativeSearch, hasRelevance: boolean): string {
  const sort = search.sort ?? (hasRelevance ? "relevance" : "newest");
  const byName = `COALESCE(tl.name, tf.name) COLLATE NOCASE ASC`;
  switch (sort) {
    case "relevance":
      return hasRelevance ? `rel.score IS NULL, rel.score ASC, ${byName}` : `i.startYear IS NULL, i.startYear DESC, ${byName}`;
    case "name":
      return byName;
    case "oldest":
      return `i.startYear IS NULL, i.startYear ASC, ${byName}`;
    case "newest":
    default:
      return `i.startYear IS NULL, i.startYear DESC, ${byName}`;
  }
}

export async function searchInitiatives(db: Db, search: InitiativeSearch): Promise<SearchResult> {
  const where = searchWhere(search);
  const [{ total }] = await rows<{ total: unknown }>(db, { text: `SELECT COUNT(*) AS total FROM "Initiative" i WHERE ${where.text}`, params: where.params });
  const count = num(total);
  const pageCount = Math.max(1, Math.ceil(count / search.pageSize));
  const relevance = relevanceSql(search);
  const idRows = await rows<{ id: unknown }>(db, {
    text: `${relevance ? relevance.text : ""} SELECT i.id AS id FROM "Initiative" i
      ${relevance ? `LEFT JOIN relevance rel ON rel.initiativeId = i.id` : ""}
      LEFT JOIN "InitiativeText" tl ON tl.initiativeId = i.id AND tl.locale = ?
      LEFT JOIN "InitiativeText" tf ON tf.initiativeId = i.id AND tf.locale = i.originalLocale
      WHERE ${where.text} ORDER BY ${orderBy(search, Boolean(relevance))} LIMIT ? OFFSET ?`,
    params: [...(relevance?.params ?? []), search.locale, ...where.params, search.pageSize, (search.page - 1) * search.pageSize],
  });
  const ids = idRows.map((row) => num(row.id));
  const [items, facets] = await Promise.all([loadItems(db, ids, search), computeFacets(db, search)]);
  return { total: count, page: search.page, pageSize: search.pageSize, pageCount, items, facets };
}

async function loadItems(db: Db, ids: number[], search: InitiativeSearch): Promise<SearchItem[]> {
  if (!ids.length) return [];
  const locale = search.locale;
  const suffix = localeSuffix(locale);
  const records = await db.initiative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      slug: true,
      appendixRow: true,
      originalLocale: true,
      startYear: true,
      endYear: true,
      ongoing: true,
      sourceLocator: true,
      source: { select: { slug: true, titleJa: true, titleEn: true, titleFr: true } },
      texts: { select: { locale: true, name: true, summary: true } },
      organisations: {
        orderBy: { position: "asc" },
        select: { column: true, funding: true, organisation: { select: { slug: true, acronym: true, nameJa: true, nameEn: true, nameFr: true } } },
      },
      countries: { select: { country: { select: { code: true, nameJa: true, nameEn: true, nameFr: true } } } },
      groups: { select: { group: { select: { slug: true, kind: true, nameJa: true, nameEn: true, nameFr: true } } } },
      themes: { select: { theme: { select: { slug: true, parentSlug: true, position: true, nameJa: true, nameEn: true, nameFr: true } } } },
    },
  });
  let viaByInitiative: Map<number, NamedRef[]> | null = null;
  if (search.country) {
    const viaRows = await rows<{ initiativeId: unknown; slug: string; nameJa: string; nameEn: string; nameFr: string }>(db, {
      text: `SELECT ig.initiativeId AS initiativeId, g.slug AS slug, g.nameJa AS nameJa, g.nameEn AS nameEn, g.nameFr AS nameFr
        FROM "InitiativeGroup" ig JOIN "Group" g ON g.id = ig.groupId JOIN "GroupMember" gm ON gm.groupId = g.id
        WHERE gm.countryCode = ? AND ig.initiativeId IN (${ids.map(() => "?").join(",")})`,
      params: [search.country, ...ids],
    });
    viaByInitiative = new Map(ids.map((id) => [id, []]));
    for (const row of viaRows) viaByInitiative.get(num(row.initiativeId))?.push({ slug: row.slug, name: localName(row, locale) });
  }
  const byId = new Map(records.map((record) => [record.id, record]));
  return ids.flatMap((id) => {
    const record = byId.get(id);
    if (!record) return [];
    const original = record.originalLocale as Locale;
    const names = Object.fromEntries(record.texts.map((t) => [t.locale, t.name]));
    const summaries = Object.fromEntries(record.texts.map((t) => [t.locale, t.summary]));
    const directCountry = search.country && record.countries.some((c) => c.country.code === search.country);
    return [
      {
        slug: record.slug,
        appendixRow: record.appendixRow,
        name: pickText(names, locale, original)!,
        summary: pickText(summaries, locale, original),
        donors: record.organisations
          .filter((link) => link.column === "donor")
          .map((link) => ({ slug: link.organisation.slug, name: localName(link.organisation, locale), acronym: link.organisation.acronym })),
        partners: record.organisations
          .filter((link) => link.column === "partner")
          .map((link) => ({ slug: link.organisation.slug, name: localName(link.organisation, locale), acronym: link.organisation.acronym, funding: link.funding })),
        recipients: [
          ...record.groups.map(({ group }) => ({ type: "group" as const, slug: group.slug, kind: group.kind, name: localName(group, locale) })),
          ...record.countries
            .map(({ country }) => ({ type: "country" as const, code: country.code, name: localName(country, locale) }))
            .sort((a, b) => a.name.localeCompare(b.name, locale)),
        ],
        via: viaByInitiative ? (directCountry ? [] : (viaByInitiative.get(id) ?? [])) : null,
        themes: record.themes
          .map(({ theme }) => theme)
          .sort((a, b) => a.position - b.position)
          .map((theme) => ({ slug: theme.slug, parent: theme.parentSlug, name: localName(theme, locale) })),
        startYear: record.startYear,
        endYear: record.endYear,
        ongoing: record.ongoing,
        source: { document: record.source.slug, title: record.source[`title${suffix}`], locator: record.sourceLocator },
      },
    ];
  });
}

async function computeFacets(db: Db, search: InitiativeSearch): Promise<Facets> {
  const suffix = localeSuffix(search.locale);
  // Each facet counts over the initiatives matching every other filter, materialised once per query.
  const withMatching = (except: FilterKey, body: string): Sql => {
    const where = searchWhere(search, { except });
    return { text: `WITH m AS MATERIALIZED (SELECT i.id FROM "Initiative" i WHERE ${where.text}) ${body}`, params: where.params };
  };
  type Row = { value: string; label: string; count: unknown; parent?: string | null; kind?: string; acronym?: string | null };
  const facet = async (sql: Sql) =>
    (await rows<Row>(db, sql)).map((row) => ({
      value: row.value,
      label: row.acronym && !row.label.includes(row.acronym) ? `${row.label} (${row.acronym})` : row.label,
      count: num(row.count),
      ...(row.parent !== undefined ? { parent: row.parent } : {}),
      ...(row.kind !== undefined ? { kind: row.kind } : {}),
    }));
  const orgFacet = (key: "donor" | "partner") =>
    facet(
      withMatching(
        key,
        `SELECT o.slug AS value, o.name${suffix} AS label, o.acronym AS acronym, COUNT(DISTINCT io.initiativeId) AS count
        FROM "InitiativeOrganisation" io JOIN m ON m.id = io.initiativeId JOIN "Organisation" o ON o.id = io.organisationId
        WHERE io."column" = '${key}' GROUP BY o.id ORDER BY count DESC, label COLLATE NOCASE`,
      ),
    );
  const [countryFacet, regionFacet, donorFacet, partnerFacet, themeFacet, targetFacet, years] = await Promise.all([
    facet(
      withMatching(
        "country",
        // The UNION of (initiative, country) pairs removes duplicates, so COUNT(*) counts initiatives.
        `, reach AS (
          SELECT ic.initiativeId, ic.countryCode FROM "InitiativeCountry" ic JOIN m ON m.id = ic.initiativeId
          UNION SELECT ig.initiativeId, gm.countryCode FROM "InitiativeGroup" ig JOIN m ON m.id = ig.initiativeId JOIN "GroupMember" gm ON gm.groupId = ig.groupId
        )
        SELECT c.code AS value, c.name${suffix} AS label, COUNT(*) AS count
        FROM reach JOIN "Country" c ON c.code = reach.countryCode GROUP BY c.code ORDER BY label COLLATE NOCASE`,
      ),
    ),
    facet(
      withMatching(
        "region",
        `SELECT g.slug AS value, g.name${suffix} AS label, g.kind AS kind, COUNT(DISTINCT r.initiativeId) AS count
        FROM (${INITIATIVE_REGION_SQL}) r JOIN m ON m.id = r.initiativeId JOIN "Group" g ON g.id = r.groupId
        GROUP BY g.id ORDER BY g.kind = 'm49-region' DESC, label COLLATE NOCASE`,
      ),
    ),
    orgFacet("donor"),
    orgFacet("partner"),
    facet(
      withMatching(
        "theme",
        `SELECT p.slug AS value, p.name${suffix} AS label, p.parentSlug AS parent, COUNT(DISTINCT it.initiativeId) AS count
        FROM "Theme" p JOIN "Theme" c ON (c.id = p.id OR c.parentSlug = p.slug) JOIN "InitiativeTheme" it ON it.themeId = c.id
        JOIN m ON m.id = it.initiativeId GROUP BY p.id ORDER BY p.position`,
      ),
    ),
    facet(
      withMatching(
        "target",
        `SELECT tg.slug AS value, tg.name${suffix} AS label, COUNT(DISTINCT itg.initiativeId) AS count
        FROM "InitiativeTargetGroup" itg JOIN m ON m.id = itg.initiativeId JOIN "TargetGroup" tg ON tg.id = itg.targetGroupId
        GROUP BY tg.id ORDER BY tg.position`,
      ),
    ),
    rows<{ year: unknown; count: unknown }>(
      db,
      withMatching(
        "period",
        `SELECT i.startYear AS year, COUNT(*) AS count FROM "Initiative" i JOIN m ON m.id = i.id
        WHERE i.startYear IS NOT NULL GROUP BY i.startYear ORDER BY i.startYear`,
      ),
    ),
  ]);
  return {
    country: countryFacet,
    region: regionFacet,
    donor: donorFacet,
    partner: partnerFacet,
    theme: themeFacet,
    target: targetFacet,
    startYear: years.map((row) => ({ year: num(row.year), count: num(row.count) })),
  };
}
