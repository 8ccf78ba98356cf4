import { Link } from "@/lib/i18n/navigation";

/** The country page path; ISO 3166-1 alpha-2 code in lower case (one place to change if the country pages differ). */
export function countryPath(code: string) {
  return `/countries/${code.toLowerCase()}`;
}

export function CountryLink({ code, name }: { code: string; name: string }) {
  return <Link href={countryPath(code)} className="text-brand-700 underline">{name}</Link>;
}
