import Database from "better-sqlite3";
import { databaseFilePath } from "../../lib/env";

/** Runs `check` with a function that gives SQLite's query plan of a statement, one line per step joined by " | ". */
export function withQueryPlans(check: (plan: (sql: string) => string) => void) {
  const db = new Database(databaseFilePath(), { readonly: true });
  const plan = (sql: string) =>
    db
      .prepare(`EXPLAIN QUERY PLAN ${sql}`)
      .all()
      .map((row) => (row as { detail: string }).detail)
      .join(" | ");
  try {
    check(plan);
  } finally {
    db.close();
  }
}
