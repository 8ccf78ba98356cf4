import type { OrganisationCount } from "@/lib/db/organisations";
import type { OrganisationListQuery } from "@/lib/validations/browse";
import { LIST_PAGE_SIZE } from "@/lib/validations/browse";
import { filterByName, paginate, sortRows, type SortDirection } from "./list-controls";

const VALUE = {
  name: (o: OrganisationCount) => o.name,
  type: (o: OrganisationCount) => o.type,
  country: (o: OrganisationCount) => o.countryName,
  donor: (o: OrganisationCount) => o.asDonor,
  partner: (o: OrganisationCount) => o.asPartner,
  funder: (o: OrganisationCount) => o.asFunder,
} as const;

/** Text columns read A to Z first, counts largest first. */
export function defaultDirection(sort: keyof typeof VALUE): SortDirection {
  return sort === "name" || sort === "type" || sort === "country" ? "asc" : "desc";
}

/**
 * The organisations list as shown: name search over every language, then the chosen sort (by default the
 * order the query returned: most initiatives first), then one page.
 */
export function arrangeOrganisations(rows: OrganisationCount[], query: OrganisationListQuery, names: Map<string, string[]>, locale: string) {
  const found = filterByName(rows, query.q, (row) => [row.name, row.acronym, ...(names.get(row.slug) ?? [])]);
  const sorted = query.sort ? sortRows(found, VALUE[query.sort], query.dir ?? defaultDirection(query.sort), locale, (row) => row.name) : found;
  return paginate(sorted, query.page ?? 1, LIST_PAGE_SIZE);
}
