import { TextLink } from "@/components/ui/text-link";

/** The country page path, by ISO 3166-1 alpha-2 code (upper case, as the country pages link themselves). */
export function countryPath(code: string) {
  return `/countries/${code.toUpperCase()}`;
}

export function CountryLink({ code, name }: { code: string; name: string }) {
  return <TextLink href={countryPath(code)}>{name}</TextLink>;
}
