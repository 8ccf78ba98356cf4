import Database from "better-sqlite3";
import { databaseFilePath } from "../env";
import { isIndexable, type QueryGroup, type TextIndex } from "./text-index";

/** A term as an FTS5 string literal: any syntax character inside it is just text. */
export function ftsPhrase(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** FTS5 expression: every group must match, any indexable wording (or short whole word) within a group may. */
export function ftsExpression(groups: QueryGroup[]): string {
  return groups
    .map((group) => {
      const wordings = group.alternatives.filter(isIndexable).map(ftsPhrase);
      const words = (group.words ?? []).map((word) => `words : ${ftsPhrase(` ${word} `)}`);
      return `(${[...wordings, ...words].join(" OR ")})`;
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

let reader: Database.Database | null = null;

/** Reads go through their own read-only connection: FTS5 rows come back without the ORM's conversions. */
function readConnection() {
  if (!reader) {
    reader = new Database(databaseFilePath(), { readonly: true, fileMustExist: true });
    reader.pragma("busy_timeout = 5000");
  }
  return reader;
}

export const sqliteTextIndex: TextIndex = {
  async write(tx, docs, deleteIds) {
    for (const id of new Set([...deleteIds, ...docs.map((d) => d.initiativeId)]))
      await tx.$executeRawUnsafe(`DELETE FROM "initiative_text_index" WHERE rowid = ?`, id);
    for (const doc of docs)
      await tx.$executeRawUnsafe(
        `INSERT INTO "initiative_text_index" (rowid, names, entities, body, words) VALUES (?, ?, ?, ?, ?)`,
        doc.initiativeId,
        doc.names,
        doc.entities,
        doc.body,
        doc.words,
      );
  },

  async match(groups) {
    const db = readConnection();
    const indexed = groups.filter(hasIndexable);
    const short = groups.filter((group) => !hasIndexable(group));
    let scores: Map<number, number> | null = null;
    if (indexed.length) {
      const rows = db
        .prepare(
          `SELECT rowid AS id, bm25("initiative_text_index", 10.0, 3.0, 1.0, 1.0) AS score FROM "initiative_text_index" WHERE "initiative_text_index" MATCH ?`,
        )
        .raw()
        .all(ftsExpression(indexed)) as [number, number][];
      scores = new Map(rows);
    }
    for (const group of short) {
      const ids = new Set<number>();
      const statement = db.prepare(SHORT_TERM_SQL).pluck();
      for (const term of group.alternatives) for (const id of statement.all({ p: likePattern(term) }) as number[]) ids.add(id);
      if (scores === null) scores = new Map([...ids].map((id) => [id, 0]));
      else for (const id of scores.keys()) if (!ids.has(id)) scores.delete(id);
    }
    return scores ?? new Map();
  },
};
