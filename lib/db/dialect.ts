import "server-only";
// The few places where SQLite and PostgreSQL differ under Prisma's common model API.
import { databaseEngine } from "../env";
import type { Db, Tx } from "./client";

export const engine = databaseEngine();

/**
 * A `contains` filter that ignores case on both engines. SQLite's LIKE already does (for ASCII);
 * on PostgreSQL Prisma needs `mode: "insensitive"` (ILIKE), which the SQLite client's types lack.
 */
export function containsText(value: string): { contains: string } {
  return (engine === "postgresql" ? { contains: value, mode: "insensitive" } : { contains: value }) as { contains: string };
}

/**
 * A raw query written once with `?` placeholders (never put a literal "?" in the SQL text):
 * PostgreSQL gets `$1, $2…`. Integer results come back as numbers on both engines (PostgreSQL's
 * COUNT and SUM are bigint, which Prisma returns as BigInt).
 */
export async function rawRows<T>(db: Pick<Db | Tx, "$queryRawUnsafe">, sql: string, ...params: unknown[]): Promise<T[]> {
  let n = 0;
  const text = engine === "postgresql" ? sql.replace(/\?/g, () => `$${++n}`) : sql;
  const rows = (await db.$queryRawUnsafe(text, ...params)) as Record<string, unknown>[];
  for (const row of rows) for (const key in row) if (typeof row[key] === "bigint") row[key] = Number(row[key]);
  return rows as T[];
}
