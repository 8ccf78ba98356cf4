import { SEARCH_KEYS, type InitiativeSearch } from "./validations/search";

type QueryValue = string | number | readonly string[] | undefined;
type QueryKey = Exclude<(typeof SEARCH_KEYS)[number], "pageSize" | "locale">;
export type CatalogueQuery = Partial<Record<QueryKey, QueryValue>>;

/**
 * The query string of a catalogue state, without defaults and empty values (stable, shareable URLs).
 * A repeated filter becomes a list (`country=VN&country=LA`).
 */
export function catalogueQuery(search: Partial<InitiativeSearch>, overrides: CatalogueQuery = {}): Record<string, string | string[]> {
  const merged: Record<string, QueryValue> = {};
  for (const key of SEARCH_KEYS) if (key !== "pageSize" && key !== "locale") merged[key] = search[key];
  Object.assign(merged, overrides);
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) === 1) continue;
    if (key === "reach" && value === "direct") continue;
    if (Array.isArray(value)) {
      if (value.length) query[key] = [...value];
    } else query[key] = String(value);
  }
  return query;
}

export function catalogueHref(query: CatalogueQuery) {
  return { pathname: "/initiatives" as const, query: catalogueQuery({}, query) };
}

/** A search with one value of a repeatable filter taken away (the removable chip of that value). */
export function withoutValue(search: InitiativeSearch, key: keyof CatalogueQuery, value: string) {
  const current = search[key as keyof InitiativeSearch];
  const rest = Array.isArray(current) ? current.filter((v) => v !== value) : undefined;
  return catalogueQuery(search, { [key]: rest, page: undefined });
}

/** URL parameters of a catalogue query (a list becomes a repeated parameter). */
export function toSearchParams(query: Record<string, string | readonly string[]>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of typeof value === "string" ? [value] : value) params.append(key, v);
  return params;
}
