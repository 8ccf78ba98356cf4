import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";

/** The countries of one region with their counts; each number leads to the initiatives behind it. */
export async function CountryTable({ id, heading, countries }: { id: string; heading: string; countries: CountryCount[] }) {
  const t = await getTranslations("Countries");
  const format = await getFormatter();
  return (
    <section className="mt-6" aria-labelledby={id}>
      <h3 id={id} className="text-xl font-semibold">{heading}</h3>
      <div className="relative overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="mt-2 w-full border-collapse text-sm [&_a]:text-brand-700 [&_a]:underline [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1">
          <thead>
            <tr className="text-left">
              <th scope="col">{t("country")}</th>
              <th scope="col" className="text-right">{t("received")}</th>
              <th scope="col" className="text-right">{t("direct")}</th>
              <th scope="col" className="text-right">{t("viaGroups")}</th>
              <th scope="col" className="text-right">{t("asDonor")}</th>
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
                      {format.number(country.reached)}<span className="sr-only"> {t("receivedLink", { count: country.reached, country: country.name })}</span>
                    </Link>
                  ) : "0"}
                </td>
                <td>{format.number(country.direct)}</td>
                <td>{format.number(country.viaGroups)}</td>
                <td>
                  {country.asDonor ? (
                    <Link href={{ pathname: `/countries/${country.code}`, hash: "as-donor" }} data-testid="as-donor-link">
                      {format.number(country.asDonor)}<span className="sr-only"> {t("asDonorLink", { count: country.asDonor, country: country.name })}</span>
                    </Link>
                  ) : "0"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
