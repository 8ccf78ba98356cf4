import "server-only";
import { currentIndex } from "../search/index-store";
import { searchCatalogue } from "../search/catalogue-search";
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
