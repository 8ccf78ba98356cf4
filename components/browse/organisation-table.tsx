import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationCount } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";

type Role = "donor" | "partner" | "funder";
const ROLE_KEY = { donor: "asDonor", partner: "asPartner", funder: "asFunder" } as const;

export async function OrganisationTable({ organisations }: { organisations: OrganisationCount[] }) {
  const t = await getTranslations("Organisations");
  const format = await getFormatter();
  const count = (org: OrganisationCount, role: Role) => {
    const value = org[ROLE_KEY[role]];
    if (!value) return "0";
    return (
      <Link href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-link`}>
        {format.number(value)}<span className="sr-only"> {t(`${role}Link`, { count: value, name: org.name })}</span>
      </Link>
    );
  };
  if (!organisations.length) return <p className="mt-4 text-slate-700">{t("none")}</p>;
  return (
    <div className="relative overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
      <table className="mt-2 w-full border-collapse text-sm [&_a]:text-brand-700 [&_a]:underline [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("typeLabel")}</th>
            <th scope="col">{t("countryLabel")}</th>
            <th scope="col" className="text-right">{t("asDonor")}</th>
            <th scope="col" className="text-right">{t("asPartner")}</th>
            <th scope="col" className="text-right">{t("asFunder")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => (
            <tr key={org.slug} data-slug={org.slug}>
              <th scope="row" className="text-left font-normal">
                <Link href={`/organisations/${org.slug}`}>{org.name}</Link>
                {org.acronym && !org.name.includes(org.acronym) ? <span className="ml-1 text-slate-700">({org.acronym})</span> : null}
              </th>
              <td>{t(`type.${org.type as "government"}`)}</td>
              <td>{org.countryCode ? <Link href={`/countries/${org.countryCode}`}>{org.countryName}</Link> : <><span aria-hidden="true">—</span><span className="sr-only">{t("noCountry")}</span></>}</td>
              <td className="text-right">{count(org, "donor")}</td>
              <td className="text-right">{count(org, "partner")}</td>
              <td className="text-right">{count(org, "funder")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
