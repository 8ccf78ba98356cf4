import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";
import { defaultCountryDirection } from "@/lib/browse/arrange-countries";
import type { CountryListQuery } from "@/lib/validations/browse";
import { SortHeader } from "./sort-header";

/** The countries of one region with their counts; each number leads to the initiatives behind it. */
export async function CountryTable({ id, heading, countries, query }: { id: string; heading: string; countries: CountryCount[]; query: CountryListQuery }) {
  const t = await getTranslations("Countries");
  const format = await getFormatter();
  const sort = query.sort ?? "name";
  const sortProps = (column: NonNullable<CountryListQuery["sort"]>) => ({
    pathname: "/countries" as const,
    query: { q: query.q },
    column,
    current: sort,
    direction: query.dir ?? defaultCountryDirection(sort),
    defaultDirection: defaultCountryDirection(column),
    align: column === "name" ? ("left" as const) : ("right" as const),
  });
  return (
    <section className="mt-6" aria-labelledby={id}>
      <h3 id={id} className="text-xl font-semibold">
        {heading}
      </h3>
      <div className="relative overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="mt-2 w-full border-collapse text-sm [&_a]:text-brand-700 [&_a]:underline [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1">
          <thead>
            <tr className="text-left">
              <SortHeader {...sortProps("name")}>{t("country")}</SortHeader>
              <SortHeader {...sortProps("count")}>{t("received")}</SortHeader>
              <SortHeader {...sortProps("direct")}>{t("direct")}</SortHeader>
              <SortHeader {...sortProps("via")}>{t("viaGroups")}</SortHeader>
              <SortHeader {...sortProps("donor")}>{t("asDonor")}</SortHeader>
            </tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country.code} data-code={country.code}>
                <th scope="row" className="text-left font-normal">
                  <Link href={`/countries/${country.code}`}>{country.name}</Link>
                </th>
                <td>
                  {country.reached ? (
                    <Link href={catalogueHref({ country: country.code })} data-testid="received-link">
                      {format.number(country.reached)}
                      <span className="sr-only"> {t("receivedLink", { count: country.reached, country: country.name })}</span>
                    </Link>
                  ) : (
                    "0"
                  )}
                </td>
                <td>{format.number(country.direct)}</td>
                <td>{format.number(country.viaGroups)}</td>
                <td>
                  {country.asDonor ? (
                    <Link href={{ pathname: `/countries/${country.code}`, hash: "as-donor" }} data-testid="as-donor-link">
                      {format.number(country.asDonor)}
                      <span className="sr-only"> {t("asDonorLink", { count: country.asDonor, country: country.name })}</span>
                    </Link>
                  ) : (
                    "0"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
