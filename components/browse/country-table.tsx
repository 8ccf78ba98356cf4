import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";

/** The countries of one region with their counts; each number leads to the initiatives behind it. */
export async function CountryTable({ id, heading, countries }: { id: string; heading: string; countries: CountryCount[] }) {
  const t = await getTranslations("Countries");
  const format = await getFormatter();
  const cell = "border-b border-slate-200 px-2 py-1";
  return (
    <section className="mt-6" aria-labelledby={id}>
      <h3 id={id} className="text-xl font-semibold">{heading}</h3>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full min-w-[36rem] border-collapse text-sm">
          <thead>
            <tr className="text-left">
              <th scope="col" className={cell}>{t("country")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("received")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("direct")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("viaGroups")}</th>
              <th scope="col" className={`${cell} text-right`}>{t("asDonor")}</th>
            </tr>
          </thead>
          <tbody>
            {countries.map((country) => (
              <tr key={country.code} data-code={country.code}>
                <th scope="row" className={`${cell} text-left font-normal`}>
                  <Link className="text-brand-700 underline" href={`/countries/${country.code}`}>{country.name}</Link>
                </th>
                <td className={`${cell} text-right`}>
                  {country.reached ? (
                    <Link className="text-brand-700 underline" href={catalogueHref({ country: country.code })} data-testid="received-link">
                      {format.number(country.reached)}<span className="sr-only"> {t("receivedLink", { count: country.reached, country: country.name })}</span>
                    </Link>
                  ) : "0"}
                </td>
                <td className={`${cell} text-right`}>{format.number(country.direct)}</td>
                <td className={`${cell} text-right`}>{format.number(country.viaGroups)}</td>
                <td className={`${cell} text-right`}>
                  {country.asDonor ? (
                    <Link className="text-brand-700 underline" href={{ pathname: `/countries/${country.code}`, hash: "as-donor" }} data-testid="as-donor-link">
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
