import "server-only";
import { cache } from "react";
import { prisma } from "./client";
import { searchInitiatives as runSearch } from "./initiative-search";
import { getInitiativeDetail as runDetail } from "./initiative-detail";
import { unknownFilterValues as runUnknown } from "./filter-values";
import type { InitiativeSearch } from "../validations/search";
import type { Locale } from "../validations/common";

export type { SearchResult, SearchItem, Facets, FacetOption } from "./initiative-search";
export type { InitiativeDetail } from "./initiative-detail";

export function searchInitiatives(search: InitiativeSearch) {
  return runSearch(prisma, search);
}

/** Cached per request: generateMetadata and the page both load it. */
export const getInitiativeDetail = cache((slug: string, locale: Locale) => runDetail(prisma, slug, locale));

export function unknownFilterValues(search: InitiativeSearch) {
  return runUnknown(search);
}
