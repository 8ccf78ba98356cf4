import Database from "better-sqlite3";
import { databaseFilePath } from "../env";
import { SQLITE_CACHE_PRAGMA } from "../sqlite-cache";
import { conceptPatterns, conceptToken, vocabularyStamp } from "./concept-tokens";
import { ftsFold } from "./fts-fold";
import { isIndexable, type QueryGroup, type TextIndex } from "./text-index";
import { TextScores } from "./text-scores";

/** A term as an FTS5 string literal: any syntax character inside it is just text. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Documents per statement when writing (8 values each: well under SQLite's 32,766 parameters). */
const WRITE_BATCH = 200;

const CONCEPT_COLUMNS = "{concept_names concept_entities concept_body}";

/**
 * FTS5 expression: every group must match, any indexable wording (or short whole word) within a group may.
 * With `concepts` (every document marked with the current vocabulary), a concept whose names the group
 * looks for, all of them and in the same way, becomes one token, and only the wordings no such concept
 * covers (the term as typed, when it is not one of their names) remain phrases: the same documents match.
 */
export function ftsExpression(groups: QueryGroup[], concepts = false): string {
  return groups
    .map((group) => {
      // Keyed by what the index compares; the phrases keep the wording as the group has it.
      const wordings = new Map(group.alternatives.filter(isIndexable).map((term) => [ftsFold(term), term]));
      const words = new Map((group.words ?? []).map((word) => [ftsFold(` ${word} `), ` ${word} `]));
      const tokens: string[] = [];
      if (concepts)
        for (const n of group.concepts ?? []) {
          const patterns = conceptPatterns(n);
          // A name the group leaves out (a short name typed as the term is looked for inside words) keeps the phrases.
          if (!patterns.substrings.every((p) => wordings.has(p)) || !patterns.words.every((p) => words.has(p))) continue;
          tokens.push(`${CONCEPT_COLUMNS} : ${ftsPhrase(conceptToken(n))}`);
          patterns.substrings.forEach((p) => wordings.delete(p));
          patterns.words.forEach((p) => words.delete(p));
        }
      const phrases = [...wordings.values()].map(ftsPhrase);
      const wordPhrases = [...words.values()].map((word) => `words : ${ftsPhrase(word)}`);
      return `(${[...tokens, ...phrases, ...wordPhrases].join(" OR ")})`;
    })
    .join(" AND ");
}

const hasIndexable = (group: QueryGroup) => group.alternatives.some(isIndexable) || Boolean(group.words?.length);

// Terms too short for trigrams (two-character Japanese words, "EU") scan the texts and names instead.
const SHORT_TERM_SQL = `
  SELECT initiativeId AS id FROM "InitiativeText" WHERE ${[
    "name",
    "summary",
    "objectives",
    "activities",
    "outcomes",
    "recipientText",
    "themeText",
    "targetGroupText",
  ]
    .map((c) => `"${c}" LIKE $p ESCAPE '\\'`)
    .join(" OR ")}
  UNION SELECT io.initiativeId FROM "InitiativeOrganisation" io JOIN "Organisation" o ON o.id = io.organisationId
    WHERE o.nameJa LIKE $p ESCAPE '\\' OR o.nameEn LIKE $p ESCAPE '\\' OR o.nameFr LIKE $p ESCAPE '\\' OR o.acronym LIKE $p ESCAPE '\\'
  UNION SELECT ic.initiativeId FROM "InitiativeCountry" ic JOIN "Country" c ON c.code = ic.countryCode
    WHERE c.nameJa LIKE $p ESCAPE '\\' OR c.nameEn LIKE $p ESCAPE '\\' OR c.nameFr LIKE $p ESCAPE '\\'
  UNION SELECT ig.initiativeId FROM "InitiativeGroup" ig JOIN "Group" g ON g.id = ig.groupId
    WHERE g.nameJa LIKE $p ESCAPE '\\' OR g.nameEn LIKE $p ESCAPE '\\' OR g.nameFr LIKE $p ESCAPE '\\' OR g.acronym LIKE $p ESCAPE '\\'`;

// FTS5 returns a query's rows by ascending rowid: the two statements list the same documents in the same order.
const MATCH_IDS_SQL = `SELECT rowid FROM "initiative_text_index" WHERE "initiative_text_index" MATCH ?`;
const MATCH_SCORES_SQL = `SELECT bm25("initiative_text_index", 10.0, 3.0, 1.0, 1.0, 10.0, 3.0, 1.0) FROM "initiative_text_index" WHERE "initiative_text_index" MATCH ?`;
const MATCH_ROWS_SQL = `SELECT rowid, bm25("initiative_text_index", 10.0, 3.0, 1.0, 1.0, 10.0, 3.0, 1.0) FROM "initiative_text_index" WHERE "initiative_text_index" MATCH ?`;
const VOCABULARY_SQL = `SELECT vocabulary FROM "initiative_text_index_state" WHERE id = 1`;

/** Reads go through their own read-only connection: FTS5 rows come back without the ORM's conversions. */
function openReader() {
  const db = new Database(databaseFilePath(), { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  db.pragma(SQLITE_CACHE_PRAGMA);
  // Prepared once: preparing is a noticeable part of a query that matches few documents.
  const matchIds = db.prepare(MATCH_IDS_SQL).pluck();
  const matchScores = db.prepare(MATCH_SCORES_SQL).pluck();
  const matchRows = db.prepare(MATCH_ROWS_SQL).raw();
  const vocabulary = db.prepare(VOCABULARY_SQL).pluck();
  return {
    vocabulary,
    shortTerm: db.prepare(SHORT_TERM_SQL).pluck(),
    /**
     * Ids and scores as two columns of numbers, read in one transaction (one snapshot of the index):
     * a row object per match cost more than the ranking itself when a word matches most documents.
     */
    match: db.transaction((groups: QueryGroup[]) => {
      const stored = vocabulary.get();
      const expression = ftsExpression(groups, stored === vocabularyStamp());
      const ids = matchIds.all(expression) as number[];
      if (ids.every((id, i) => i === 0 || ids[i - 1]! < id)) return { ids, scores: matchScores.all(expression) as number[] };
      // Not in rowid order (no SQLite seen so far): the pairs, then, one row each.
      const rows = matchRows.all(expression) as [number, number][];
      return { ids: rows.map(([id]) => id), scores: rows.map(([, score]) => score) };
    }),
  };
}

let reader: ReturnType<typeof openReader> | null = null;
const readStatements = () => (reader ??= openReader());

/** The vocabulary the documents were marked with (read per query: another process may have rebuilt them). */
function storedVocabulary(): string | null {
  const row = readStatements().vocabulary.get();
  return typeof row === "string" ? row : null;
}

export const sqliteTextIndex: TextIndex = {
  // In batches: an import writes a thousand documents, and each statement costs the ORM's round trip.
  async write(tx, docs, deleteIds) {
    const ids = [...new Set([...deleteIds, ...docs.map((d) => d.initiativeId)])];
    for (let start = 0; start < ids.length; start += WRITE_BATCH) {
      const batch = ids.slice(start, start + WRITE_BATCH);
      await tx.$executeRawUnsafe(`DELETE FROM "initiative_text_index" WHERE rowid IN (${batch.map(() => "?").join(", ")})`, ...batch);
    }
    for (let start = 0; start < docs.length; start += WRITE_BATCH) {
      const batch = docs.slice(start, start + WRITE_BATCH);
      await tx.$executeRawUnsafe(
        `INSERT INTO "initiative_text_index" (rowid, names, entities, body, words, concept_names, concept_entities, concept_body) VALUES ${batch
          .map(() => "(?, ?, ?, ?, ?, ?, ?, ?)")
          .join(", ")}`,
        ...batch.flatMap((doc) => [doc.initiativeId, doc.names, doc.entities, doc.body, doc.words, doc.conceptNames, doc.conceptEntities, doc.conceptBody]),
      );
    }
  },

  async markVocabulary(tx, stamp) {
    await tx.$executeRawUnsafe(
      `INSERT INTO "initiative_text_index_state" (id, vocabulary) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET vocabulary = excluded.vocabulary`,
      stamp,
    );
  },

  async vocabulary() {
    return storedVocabulary();
  },

  // A rebuild deletes and rewrites every document: until their segments merge, queries read the dead
  // entries too (at 100,000 documents, "cybersecurity" took 365 ms instead of 203).
  async optimize(tx) {
    await tx.$executeRawUnsafe(`INSERT INTO "initiative_text_index" ("initiative_text_index") VALUES ('optimize')`);
  },

  async match(groups) {
    const statements = readStatements();
    const indexed = groups.filter(hasIndexable);
    let found = indexed.length ? statements.match(indexed) : null;
    for (const group of groups.filter((group) => !hasIndexable(group))) {
      const ids = new Set<number>();
      for (const term of group.alternatives) for (const id of statements.shortTerm.all({ p: likePattern(term) }) as number[]) ids.add(id);
      if (found === null) found = { ids: [...ids], scores: [...ids].map(() => 0) };
      else {
        const keep = found.ids.map((id) => ids.has(id));
        found = { ids: found.ids.filter((_, i) => keep[i]), scores: found.scores.filter((_, i) => keep[i]) };
      }
    }
    return found ? TextScores.fromColumns(found.ids, found.scores) : TextScores.empty;
  },
};
