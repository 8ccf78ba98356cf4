import { MULTI_VALUE_KEYS, type InitiativeSearch } from "@/lib/validations/search";

/** How many filters a search applies (a repeated filter counts each value), shown on the collapsed filter disclosure. */
export function activeFilterCount(search: InitiativeSearch): number {
  let count = 0;
  for (const key of MULTI_VALUE_KEYS) count += search[key]?.length ?? 0;
  for (const key of ["from", "to", "started"] as const) if (search[key] !== undefined) count += 1;
  if (search.reach && search.reach !== "direct") count += 1;
  return count;
}
