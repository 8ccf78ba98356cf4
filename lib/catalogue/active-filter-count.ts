import { FILTER_KEYS, type InitiativeSearch } from "@/lib/validations/search";

/** How many filters a search applies (a multi-value filter counts each value), shown on the collapsed filter disclosure. */
export function activeFilterCount(search: InitiativeSearch): number {
  let count = 0;
  for (const key of FILTER_KEYS) {
    const value = (search as Record<string, unknown>)[key];
    if (Array.isArray(value)) count += value.filter((item) => item !== "" && item !== undefined).length;
    else if (value !== undefined && value !== null && value !== "") count += 1;
  }
  return count;
}
