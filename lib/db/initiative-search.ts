import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../validations/common";
import type { InitiativeSearch } from "../validations/search";
import { localeSuffix, localName, pickText, type LocalizedText } from "./localized";
import { currentIndex } from "../search/index-store";
import { StateCache } from "../search/state-cache";
import type { CatalogueIndex } from "../search/catalogue-index";
import { env } from "../env";
import { searchCatalogue, type CatalogueFacets, type ReachTier } from "../search/catalogue-search";

type Db = Pick<PrismaClient, "initiative">;

export type FacetOption = { value: string; label: string; count: number; parent?: string | null; kind?: string };
export type Facets = CatalogueFacets;
export type NamedRef = { slug: string; name: string; acronym?: string | null };
export type RecipientRef = { type: "country"; code: string; name: string } | { type: "group"; slug: string; name: string; kind: string };

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
  /** When filtering by country: how the initiative reaches it (named, through a group, global programme). */
  reach: ReachTier | null;
  themes: (NamedRef & { parent: string | null })[];
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  /** Date of the source: an "ongoing" initiative is known to be so as of then. */
  sourceDate: string;
  source: { document: string; title: string; locator: string };
};
export type SearchResult = { total: number; page: number; pageSize: number; pageCount: number; items: SearchItem[]; facets: Facets };

export async function searchInitiatives(db: Db, search: InitiativeSearch): Promise<SearchResult> {
  const index = await currentIndex();
  const found = await searchCatalogue(index, search);
  const items = await loadItems(db, index, found.ids, search);
  const viaById = new Map(found.reach.map((r) => [r.id, r]));
  return {
    total: found.total,
    page: search.page,
    pageSize: search.pageSize,
    pageCount: Math.max(1, Math.ceil(found.total / search.pageSize)),
    items: items.map((item) => {
      const reach = viaById.get(item.id);
      return { ...item.item, via: reach ? reach.via.map((g) => ({ slug: g.slug, name: g.names[search.locale] })) : null, reach: reach?.tier ?? null };
    }),
    facets: found.facets,
  };
}

/** What a result item shows of an initiative, in every locale (the item picks its locale's texts). */
const ITEM_SELECT = {
  id: true,
  slug: true,
  appendixRow: true,
  originalLocale: true,
  startYear: true,
  endYear: true,
  ongoing: true,
  sourceLocator: true,
  source: { select: { slug: true, date: true, titleJa: true, titleEn: true, titleFr: true } },
  texts: { select: { locale: true, name: true, summary: true } },
  organisations: {
    orderBy: { position: "asc" },
    select: { column: true, funding: true, organisation: { select: { slug: true, acronym: true, nameJa: true, nameEn: true, nameFr: true } } },
  },
  countries: { select: { country: { select: { code: true, nameJa: true, nameEn: true, nameFr: true } } } },
  groups: { select: { group: { select: { slug: true, kind: true, nameJa: true, nameEn: true, nameFr: true } } } },
  themes: { select: { theme: { select: { slug: true, parentSlug: true, position: true, nameJa: true, nameEn: true, nameFr: true } } } },
} satisfies Prisma.InitiativeSelect;
type ItemRecord = Prisma.InitiativeGetPayload<{ select: typeof ITEM_SELECT }>;

/**
 * The records of recently shown items, for the state of the catalogue they were read in: the first
 * pages of the catalogue and of its common searches show the same few hundred initiatives, and reading
 * one page of them through the ORM (a query per relation) cost more than the search itself.
 */
const itemCache = new StateCache<number, ItemRecord>(env.SEARCH_ITEM_CACHE);

async function itemRecords(db: Db, index: CatalogueIndex, ids: number[]): Promise<Map<number, ItemRecord>> {
  const cached = itemCache.at(index);
  const byId = new Map<number, ItemRecord>();
  const missing: number[] = [];
  for (const id of ids) {
    const hit = cached.get(id);
    if (hit) byId.set(id, hit);
    else missing.push(id);
  }
  if (!missing.length) return byId;
  for (const record of await db.initiative.findMany({ where: { id: { in: missing } }, select: ITEM_SELECT })) {
    byId.set(record.id, record);
    cached.set(record.id, record);
  }
  return byId;
}

async function loadItems(
  db: Db,
  index: CatalogueIndex,
  ids: number[],
  search: InitiativeSearch,
): Promise<{ id: number; item: Omit<SearchItem, "via" | "reach"> }[]> {
  if (!ids.length) return [];
  const locale = search.locale;
  const suffix = localeSuffix(locale);
  const byId = await itemRecords(db, index, ids);
  return ids.flatMap((id) => {
    const record = byId.get(id);
    if (!record) return [];
    const original = record.originalLocale as Locale;
    const names = Object.fromEntries(record.texts.map((t) => [t.locale, t.name]));
    const summaries = Object.fromEntries(record.texts.map((t) => [t.locale, t.summary]));
    return [
      {
        id,
        item: {
          slug: record.slug,
          appendixRow: record.appendixRow,
          name: pickText(names, locale, original)!,
          summary: pickText(summaries, locale, original),
          donors: record.organisations
            .filter((link) => link.column === "donor")
            .map((link) => ({ slug: link.organisation.slug, name: localName(link.organisation, locale), acronym: link.organisation.acronym })),
          partners: record.organisations
            .filter((link) => link.column === "partner")
            .map((link) => ({
              slug: link.organisation.slug,
              name: localName(link.organisation, locale),
              acronym: link.organisation.acronym,
              funding: link.funding,
            })),
          recipients: [
            ...record.groups.map(({ group }) => ({ type: "group" as const, slug: group.slug, kind: group.kind, name: localName(group, locale) })),
            ...record.countries
              .map(({ country }) => ({ type: "country" as const, code: country.code, name: localName(country, locale) }))
              .sort((a, b) => a.name.localeCompare(b.name, locale)),
          ],
          themes: record.themes
            .map(({ theme }) => theme)
            .sort((a, b) => a.position - b.position)
            .map((theme) => ({ slug: theme.slug, parent: theme.parentSlug, name: localName(theme, locale) })),
          startYear: record.startYear,
          endYear: record.endYear,
          ongoing: record.ongoing,
          sourceDate: record.source.date,
          source: { document: record.source.slug, title: record.source[`title${suffix}`], locator: record.sourceLocator },
        },
      },
    ];
  });
}
