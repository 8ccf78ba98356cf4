import { databaseEngine } from "../../lib/env";

export const onPostgres = databaseEngine(process.env.DATABASE_URL) === "postgresql";
/**
 * The search and browse queries (lib/db/search-sql.ts, initiative-search.ts) are SQLite SQL until
 * the engine-agnostic index under lib/search replaces them: tests that read them skip on PostgreSQL.
 */
export const searchSqlIsSqliteOnly = onPostgres;
