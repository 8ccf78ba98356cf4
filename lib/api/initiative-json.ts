import type { SearchItem } from "../db/initiative-search";

/** The public JSON shape of a search result item (documented in the README). */
export function toApiSearchItem(item: SearchItem) {
  return {
    slug: item.slug,
    appendixRow: item.appendixRow,
    name: item.name.text,
    nameLocale: item.name.locale,
    summary: item.summary?.text ?? null,
    donors: item.donors.map(({ slug, name, acronym }) => ({ slug, name, acronym })),
    partners: item.partners.map(({ slug, name, acronym, funding }) => ({ slug, name, acronym, funding })),
    recipients: item.recipients.map((r) => (r.type === "country" ? { code: r.code, name: r.name } : { slug: r.slug, name: r.name, kind: r.kind })),
    ...(item.reach ? { reach: item.reach, via: (item.via ?? []).map(({ slug, name }) => ({ slug, name })) } : {}),
    themes: item.themes.map(({ slug, name, parent }) => ({ slug, name, parent })),
    startYear: item.startYear,
    endYear: item.endYear,
    ongoing: item.ongoing,
    source: item.source,
  };
}
