import "server-only";
import { currentIndex } from "../search/index-store";
import type { InitiativeSearch, MultiValueKey } from "../validations/search";

/** The filter parameters with a well-formed value that names nothing in the database. */
export async function unknownFilterValues(search: InitiativeSearch): Promise<string[]> {
  const ref = (await currentIndex()).reference;
  const known: Record<MultiValueKey, (value: string) => boolean> = {
    country: (code) => ref.countries.has(code),
    donorCountry: (code) => ref.countries.has(code),
    region: (slug) => ref.groupsBySlug.has(slug),
    donor: (slug) => ref.organisationsBySlug.has(slug),
    partner: (slug) => ref.organisationsBySlug.has(slug),
    funder: (slug) => ref.organisationsBySlug.has(slug),
    theme: (slug) => ref.themesBySlug.has(slug),
    target: (slug) => [...ref.targets.values()].some((t) => t.slug === slug),
  };
  return (Object.keys(known) as MultiValueKey[]).filter((key) => (search[key] ?? []).some((value) => !known[key](value)));
}
