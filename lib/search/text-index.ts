import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

/** One query term and the other wordings of the same concept: any may match. Every group must match. */
export type QueryGroup = { alternatives: string[]; countryCodes?: string[] };

/** What the full-text index holds for one initiative, in every locale. */
export type SearchDocument = { initiativeId: number; names: string; entities: string; body: string };

/** The engine-specific part of text search (SQLite FTS5 here; PostgreSQL trigram indexes elsewhere). */
export interface TextIndex {
  /** Replaces the documents of these initiatives; the caller owns the transaction. */
  write(tx: Tx, docs: SearchDocument[], deleteIds: number[]): Promise<void>;
  /** Ids of initiatives (any status) matching every group, with a score (lower is better). */
  match(groups: QueryGroup[]): Promise<Map<number, number>>;
}

/** Trigram indexes cannot answer terms shorter than this. */
export const MIN_INDEXED_LENGTH = 3;

export const isIndexable = (term: string) => [...term].length >= MIN_INDEXED_LENGTH;

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(" ");

/** Builds the search documents of some initiatives from the database, in the writer's transaction. */
export async function buildSearchDocuments(tx: Tx, ids: number[]): Promise<SearchDocument[]> {
  if (!ids.length) return [];
  const named = { select: { nameJa: true, nameEn: true, nameFr: true } } as const;
  const records = await tx.initiative.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      texts: true,
      organisations: { select: { organisation: { select: { nameJa: true, nameEn: true, nameFr: true, acronym: true } } } },
      countries: { select: { country: named } },
      groups: { select: { group: { select: { nameJa: true, nameEn: true, nameFr: true, acronym: true } } } },
    },
  });
  return records.map((record) => ({
    initiativeId: record.id,
    names: join(...record.texts.map((t) => t.name)),
    entities: join(
      ...record.organisations.map(({ organisation: o }) => join(o.nameJa, o.nameEn, o.nameFr, o.acronym)),
      ...record.countries.map(({ country: c }) => join(c.nameJa, c.nameEn, c.nameFr)),
      ...record.groups.map(({ group: g }) => join(g.nameJa, g.nameEn, g.nameFr, g.acronym)),
    ),
    body: join(...record.texts.map((t) => join(t.summary, t.objectives, t.activities, t.outcomes, t.recipientText, t.themeText, t.targetGroupText))),
  }));
}
