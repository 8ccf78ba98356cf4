import "server-only";
import { prisma } from "./client";
import { searchWhere } from "./search-sql";
import type { InitiativeSearch } from "../validations/search";

/**
 * Ids of every published initiative matching a search (filters and text), newest first.
 * Exports and feeds read records in batches by these ids, so they never hold a whole result set.
 */
export async function findMatchingInitiativeIds(search: InitiativeSearch): Promise<number[]> {
  const where = searchWhere(search);
  const rows = (await prisma.$queryRawUnsafe(
    `SELECT i.id AS id FROM "Initiative" i WHERE ${where.text} ORDER BY i.startYear IS NULL, i.startYear DESC, i.id`,
    ...where.params,
  )) as { id: unknown }[];
  return rows.map((row) => Number(row.id));
}
