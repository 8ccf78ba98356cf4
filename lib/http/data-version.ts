import type { DatabaseEngine } from "../env";
import { SQLITE_CACHE_PRAGMA } from "../sqlite-cache";

/**
 * A string that changes whenever anything a public page shows may have changed: the newest catalogue
 * change (database triggers on every catalogue table, see the catalogue_index migration), the newest
 * audit entry (every admin save, GGE content included) and the content version (triggers on the GGE,
 * approach and event tables, which only the seed writes: migration content_version). Read with the bare
 * driver, without Prisma, because scripts/server.ts runs outside Next's server-only world; one indexed
 * query per page request.
 */
const VERSION_SQL = `SELECT
  (SELECT COALESCE(MAX("seq"), 0) FROM "CatalogueChange") AS change,
  (SELECT COALESCE(MAX("id"), 0) FROM "AuditLog") AS audit,
  (SELECT COALESCE(MAX("version"), 0) FROM "ContentVersion") AS other`;

type Row = { change: number | string; audit: number | string; other: number | string };

export async function dataVersionReader(engine: DatabaseEngine, url: string, file: string): Promise<() => Promise<string>> {
  const format = (row: Row) => `${row.change}.${row.audit}.${row.other}`;
  if (engine === "postgresql") {
    const { Pool } = await import("pg");
    const pool = new Pool({ connectionString: url, max: 1 });
    return async () => format((await pool.query<Row>(VERSION_SQL)).rows[0]);
  }
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma(SQLITE_CACHE_PRAGMA);
  const statement = db.prepare<[], Row>(VERSION_SQL);
  return async () => format(statement.get()!);
}
