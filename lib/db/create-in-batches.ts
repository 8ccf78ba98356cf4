import "server-only";

/** Rows per createMany statement (at most 12 columns each: well under SQLite's and PostgreSQL's parameter limits). */
export const CREATE_BATCH = 500;

/** Inserts rows in order, one statement per batch: an import's thousand rows cost a few round trips, not a thousand. */
export async function createInBatches<T>(table: { createMany: (args: { data: T[] }) => Promise<unknown> }, data: T[]) {
  for (let start = 0; start < data.length; start += CREATE_BATCH) await table.createMany({ data: data.slice(start, start + CREATE_BATCH) });
}
