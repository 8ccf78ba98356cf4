import type { CountryCount } from "@/lib/db/countries";
import type { CountryListQuery } from "@/lib/validations/browse";
import { filterByName, sortRows, type SortDirection } from "./list-controls";

const VALUE = {
  name: (c: CountryCount) => c.name,
  count: (c: CountryCount) => c.reached,
  direct: (c: CountryCount) => c.direct,
  via: (c: CountryCount) => c.viaGroups,
  donor: (c: CountryCount) => c.asDonor,
} as const;

export function defaultCountryDirection(sort: keyof typeof VALUE): SortDirection {
  return sort === "name" ? "asc" : "desc";
}

/** The countries list as shown: name search over every language and the ISO code, then the chosen column order. */
export function arrangeCountries(rows: CountryCount[], query: CountryListQuery, names: Map<string, string[]>, locale: string): CountryCount[] {
  const found = filterByName(rows, query.q, (row) => [row.name, ...(names.get(row.code) ?? [])]);
  const sort = query.sort ?? "name";
  return sortRows(found, VALUE[sort], query.dir ?? defaultCountryDirection(sort), locale, (row) => row.name);
}
