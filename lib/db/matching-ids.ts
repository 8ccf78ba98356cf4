import "server-only";
import { currentIndex } from "../search/index-store";
import { matchingInitiatives, searchCatalogue } from "../search/catalogue-search";
import { latestOf } from "../search/run-search";
import type { InitiativeSearch } from "../validations/search";

/**
 * Ids of every published initiative matching a search (filters and text), in the search's order.
 * Exports and feeds read records in batches by these ids, so they never hold a whole result set.
 */
export async function findMatchingInitiativeIds(search: InitiativeSearch): Promise<number[]> {
  const index = await currentIndex();
  const { ids } = await searchCatalogue(index, { ...search, page: 1, pageSize: index.capacity || 1 }, { facets: false });
  return ids;
}

/**
 * Ids of the `limit` published initiatives matching a search (of all of them without one) most recently
 * added or updated, newest first: what a feed lists, picked from the index without ranking every match.
 */
export async function latestInitiativeIds(search: InitiativeSearch | null, limit: number): Promise<number[]> {
  const index = await currentIndex();
  const within = search ? await matchingInitiatives(index, search) : index.published;
  return latestOf(index, within, limit).map((slot) => index.records.id(slot));
}
