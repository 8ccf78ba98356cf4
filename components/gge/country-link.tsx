import { Link } from "@/lib/i18n/navigation";

/** The country page path, by ISO 3166-1 alpha-2 code (upper case, as the country pages link themselves). */
export function countryPath(code: string) {
  return `/countries/${code.toUpperCase()}`;
}

export function CountryLink({ code, name }: { code: string; name: string }) {
  return <Link href={countryPath(code)} className="text-brand-700 underline">{name}</Link>;
}
