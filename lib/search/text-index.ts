import type { Prisma } from "../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export type { QueryGroup } from "./query-expansion";
import type { QueryGroup } from "./query-expansion";
import { conceptColumns, vocabularyStamp, type ConceptColumns } from "./concept-tokens";

/** What the full-text index holds for one initiative, in every locale (the concept columns: lib/search/concept-tokens.ts). */
export type SearchDocument = { initiativeId: number; names: string; entities: string; body: string; words: string } & ConceptColumns;

/** The engine-specific part of text search (SQLite FTS5 here; PostgreSQL trigram indexes elsewhere). */
export interface TextIndex {
  /** Replaces the documents of these initiatives; the caller owns the transaction. */
  write(tx: Tx, docs: SearchDocument[], deleteIds: number[]): Promise<void>;
  /**
   * Ids of initiatives matching every group, with a score (lower is better): every published one that
   * matches, and possibly others (SQLite returns any status, PostgreSQL published only), so callers
   * intersect with the published set.
   */
  match(groups: QueryGroup[]): Promise<ReadonlyMap<number, number>>;
  /** Records that every document was written with this concept vocabulary (after a full rebuild). */
  markVocabulary(tx: Tx, stamp: string): Promise<void>;
  /** Compacts the index after a full rebuild (SQLite: FTS5 keeps every deleted document's entries until segments merge). */
  optimize(tx: Tx): Promise<void>;
  /** The vocabulary every document was written with, or null when unknown (never rebuilt, or an engine without concept columns). */
  vocabulary(): Promise<string | null>;
}

export { MIN_INDEXED_LENGTH, isIndexable } from "./normalize";

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
  return records.map((record) => {
    const doc = {
      initiativeId: record.id,
      names: join(...record.texts.map((t) => t.name)),
      entities: join(
        ...record.organisations.map(({ organisation: o }) => join(o.nameJa, o.nameEn, o.nameFr, o.acronym)),
        ...record.countries.map(({ country: c }) => join(c.nameJa, c.nameEn, c.nameFr)),
        ...record.groups.map(({ group: g }) => join(g.nameJa, g.nameEn, g.nameFr, g.acronym)),
      ),
      body: join(...record.texts.map((t) => join(t.summary, t.objectives, t.activities, t.outcomes, t.recipientText, t.themeText, t.targetGroupText))),
    };
    const fields = { ...doc, words: shortWords(join(doc.names, doc.entities, doc.body)) };
    return { ...fields, ...conceptColumns(fields, shortWords) };
  });
}

/** The distinct short Latin words of a text (2-4 letters or digits), padded with spaces for whole-word matching. */
export function shortWords(text: string): string {
  const words = new Set(
    text
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{Script=Latin}\d]+/gu)
      ?.filter((w) => w.length >= 2 && w.length <= 4),
  );
  return words.size ? ` ${[...words].join(" ")} ` : "";
}

/** Rewrites the search documents of every initiative, in batches (the seed ends with it), then records their vocabulary. */
export async function rebuildSearchDocuments(
  db: { initiative: Tx["initiative"]; $transaction: <T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }) => Promise<T> },
  index: TextIndex,
) {
  const ids = (await db.initiative.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((i) => i.id);
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await db.$transaction(async (tx) => index.write(tx, await buildSearchDocuments(tx, chunk), []));
  }
  // Merging the segments of 100,000 documents takes ~20 s.
  await db.$transaction(
    async (tx) => {
      await index.optimize(tx);
      await index.markVocabulary(tx, vocabularyStamp());
    },
    { timeout: 600_000 },
  );
}
