/** Query values a list keeps across its pages (a repeated filter is a list). */
export type ListQuery = Record<string, string | readonly string[] | undefined>;

/** The pages linked around the current one: the first, the last and `around` pages either side, in order. */
export function pageWindow(page: number, pageCount: number, around = 2): number[] {
  const pages = new Set([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) pages.add(p);
  return [...pages].filter((p) => p >= 1 && p <= pageCount).sort((a, b) => a - b);
}

/** The query of one page of a list: its filters without empty values, and `page` only past the first. */
export function pageQuery(query: ListQuery, page: number): Record<string, string | string[]> {
  const kept: Record<string, string | string[]> = {};
  for (const [key, value] of Object.entries(query)) {
    if (key === "page" || value === undefined || value === "") continue;
    if (typeof value === "string") kept[key] = value;
    else if (value.length) kept[key] = [...value];
  }
  if (page > 1) kept.page = String(page);
  return kept;
}
