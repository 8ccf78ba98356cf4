import type { InitiativeSearch } from "./validations/search";

type QueryValue = string | number | undefined;
export type CatalogueQuery = Partial<Record<"q" | "country" | "region" | "donor" | "partner" | "funder" | "theme" | "target" | "from" | "to" | "started" | "sort" | "page", QueryValue>>;

/** The query string of a catalogue state, without defaults and empty values (stable, shareable URLs). */
export function catalogueQuery(search: Partial<InitiativeSearch>, overrides: CatalogueQuery = {}): Record<string, string> {
  const merged: Record<string, QueryValue> = {
    q: search.q,
    country: search.country,
    region: search.region,
    donor: search.donor,
    partner: search.partner,
    funder: search.funder,
    theme: search.theme,
    target: search.target,
    from: search.from,
    to: search.to,
    started: search.started,
    sort: search.sort,
    page: search.page,
    ...overrides,
  };
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    query[key] = String(value);
  }
  return query;
}

export function catalogueHref(query: CatalogueQuery) {
  return { pathname: "/initiatives" as const, query: catalogueQuery({}, query) };
}
