import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationCount } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";

type Role = "donor" | "partner" | "funder";
const ROLE_KEY = { donor: "asDonor", partner: "asPartner", funder: "asFunder" } as const;

export async function OrganisationTable({ organisations }: { organisations: OrganisationCount[] }) {
  const t = await getTranslations("Organisations");
  const format = await getFormatter();
  const cell = "border-b border-slate-200 px-2 py-1";
  const count = (org: OrganisationCount, role: Role) => {
    const value = org[ROLE_KEY[role]];
    if (!value) return "0";
    return (
      <Link className="text-brand-700 underline" href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-link`}>
        {format.number(value)}<span className="sr-only"> {t(`${role}Link`, { count: value, name: org.name })}</span>
      </Link>
    );
  };
  if (!organisations.length) return <p className="mt-4 text-slate-700">{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="mt-2 w-full min-w-[40rem] border-collapse text-sm">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className={cell}>{t("name")}</th>
            <th scope="col" className={cell}>{t("typeLabel")}</th>
            <th scope="col" className={cell}>{t("countryLabel")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("asDonor")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("asPartner")}</th>
            <th scope="col" className={`${cell} text-right`}>{t("asFunder")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((org) => (
            <tr key={org.slug} data-slug={org.slug}>
              <th scope="row" className={`${cell} text-left font-normal`}>
                <Link className="text-brand-700 underline" href={`/organisations/${org.slug}`}>{org.name}</Link>
                {org.acronym && !org.name.includes(org.acronym) ? <span className="ml-1 text-slate-700">({org.acronym})</span> : null}
              </th>
              <td className={cell}>{t(`type.${org.type as "government"}`)}</td>
              <td className={cell}>{org.countryCode ? <Link className="text-brand-700 underline" href={`/countries/${org.countryCode}`}>{org.countryName}</Link> : "—"}</td>
              <td className={`${cell} text-right`}>{count(org, "donor")}</td>
              <td className={`${cell} text-right`}>{count(org, "partner")}</td>
              <td className={`${cell} text-right`}>{count(org, "funder")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
