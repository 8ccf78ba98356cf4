// The floor: what the database itself needs for each benchmark case, queried through better-sqlite3
// (PostgreSQL: floor-pg.ts). The full-text index's shape lives in FTS below; adapt it there when the
// index changes. The lookups are written once, with quoted identifiers and `?` placeholders, for both engines.
import Database from "better-sqlite3";

export const FTS = { table: "initiative_text_index", idColumn: "rowid" };
export const PAGE_SIZE = 20;

/**
 * A floor: the statements run, in order, for one case (prepared once, timed per execution). A text
 * floor also names its words, from which PostgreSQL builds its own trigram query.
 */
export type Floor = { kind: "fts" | "lookup"; statements: { sql: string; params: unknown[] }[]; terms?: string[] };

const phrase = (term: string) => `"${term.replace(/"/g, '""')}"`;

/** Raw FTS5: the top 20 rows by bm25 for all the words (implicit AND). */
export function ftsFloor(q: string): Floor {
  const terms = q.split(/[\s\u3000]+/u).filter(Boolean);
  const match = terms.map(phrase).join(" ");
  return {
    kind: "fts",
    terms,
    statements: [
      {
        sql: `SELECT ${FTS.idColumn} AS id, bm25(${FTS.table}) AS rank FROM ${FTS.table} WHERE ${FTS.table} MATCH ? ORDER BY rank LIMIT ${PAGE_SIZE}`,
        params: [match],
      },
    ],
  };
}

/** An indexed lookup: the total and one page of ids for a set of published initiative ids. */
export function lookupFloor(idsSql: string, params: unknown[] = [], page = 1): Floor {
  return {
    kind: "lookup",
    statements: [
      { sql: `SELECT COUNT(*) AS n FROM (${idsSql}) AS ids`, params },
      { sql: `SELECT id FROM (${idsSql}) AS ids ORDER BY id DESC LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`, params },
    ],
  };
}

const published = (inner: string) => `SELECT i.id FROM "Initiative" i WHERE i.status = 'published' AND i.id IN (${inner})`;
export const ids = {
  all: `SELECT id FROM "Initiative" WHERE status = 'published'`,
  country: (direct: boolean) =>
    published(
      `SELECT "initiativeId" FROM "InitiativeCountry" WHERE "countryCode" = ?` +
        (direct
          ? ""
          : // Through the groups the country belongs to; "global" groups (the world, UN members) are the next tier.
            ` UNION SELECT ig."initiativeId" FROM "InitiativeGroup" ig JOIN "GroupMember" gm ON gm."groupId" = ig."groupId"
              JOIN "Group" g ON g.id = ig."groupId" AND g.scope = 'group' WHERE gm."countryCode" = ?`),
    ),
  region: published(
    `SELECT ic."initiativeId" FROM "InitiativeCountry" ic JOIN "GroupMember" gm ON gm."countryCode" = ic."countryCode" JOIN "Group" g ON g.id = gm."groupId" WHERE g.slug = ?
     UNION SELECT ig."initiativeId" FROM "InitiativeGroup" ig JOIN "Group" g ON g.id = ig."groupId" WHERE g.slug = ?`,
  ),
  donor: published(
    `SELECT io."initiativeId" FROM "InitiativeOrganisation" io JOIN "Organisation" o ON o.id = io."organisationId" WHERE o.slug = ? AND io."column" = 'donor'`,
  ),
  theme: published(`SELECT it."initiativeId" FROM "InitiativeTheme" it JOIN "Theme" t ON t.id = it."themeId" WHERE t.slug = ? OR t."parentSlug" = ?`),
  // "ongoing" is 0/1 in SQLite and a boolean in PostgreSQL: both read it as a condition.
  period: `SELECT id FROM "Initiative" WHERE status = 'published' AND "startYear" IS NOT NULL AND "startYear" <= ? AND COALESCE("endYear", CASE WHEN ongoing THEN 2026 ELSE "startYear" END) >= ?`,
};

/** The floor queries of one database: `prepare` returns a run that resolves to its elapsed ms. */
export type FloorDatabase = {
  prepare(floor: Floor): () => number | Promise<number>;
  count(floor: Floor): number | Promise<number>;
  close(): void | Promise<void>;
};

export function openFloorDatabase(file: string): FloorDatabase {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    /** Prepares the statements once; the returned function runs them all and returns the elapsed ms. */
    prepare(floor: Floor) {
      const prepared = floor.statements.map(({ sql, params }) => ({ statement: db.prepare(sql), params }));
      return () => {
        const started = performance.now();
        for (const { statement, params } of prepared) statement.all(...params);
        return performance.now() - started;
      };
    },
    /** How many initiatives the case matches (untimed, for the report). */
    count(floor: Floor) {
      const { sql, params } = floor.statements[0];
      const counting = floor.kind === "lookup" ? sql : `SELECT COUNT(DISTINCT ${FTS.idColumn}) AS n FROM ${FTS.table} WHERE ${FTS.table} MATCH ?`;
      return (db.prepare(counting).get(...params) as { n: number }).n;
    },
    close: () => void db.close(),
  };
}
