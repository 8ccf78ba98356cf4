import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationCount } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { Link } from "@/lib/i18n/navigation";
import { defaultDirection } from "@/lib/browse/arrange-organisations";
import type { OrganisationListQuery } from "@/lib/validations/browse";
import { SortHeader } from "./sort-header";

type Role = "donor" | "partner" | "funder";
const ROLE_KEY = { donor: "asDonor", partner: "asPartner", funder: "asFunder" } as const;

type Props = { organisations: OrganisationCount[]; query: OrganisationListQuery };

/** One page of organisations; each column header sorts the whole list, each count opens the catalogue. */
export async function OrganisationTable({ organisations, query }: Props) {
  const t = await getTranslations("Organisations");
  const format = await getFormatter();
  const count = (org: OrganisationCount, role: Role) => {
    const value = org[ROLE_KEY[role]];
    if (!value) return "0";
    return (
      <Link href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-link`}>
        {format.number(value)}
        <span className="sr-only"> {t(`${role}Link`, { count: value, name: org.name })}</span>
      </Link>
    );
  };
  const current = { type: query.type, country: query.country, q: query.q, sort: query.sort, dir: query.dir };
  const sortProps = (column: NonNullable<OrganisationListQuery["sort"]>) => ({
    pathname: "/organisations" as const,
    query: current,
    column,
    current: query.sort,
    direction: query.dir ?? (query.sort ? defaultDirection(query.sort) : "asc"),
    defaultDirection: defaultDirection(column),
  });
  if (!organisations.length) return <p className="mt-4 text-slate-700">{t("none")}</p>;
  return (
    <div className="relative overflow-x-auto" role="region" aria-label={t("title")} tabIndex={0}>
      <table className="mt-2 w-full border-collapse text-sm [&_a]:text-brand-700 [&_a]:underline [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1">
        <caption className="sr-only">{t("title")}</caption>
        <thead>
          <tr className="text-left">
            <SortHeader {...sortProps("name")}>{t("name")}</SortHeader>
            <SortHeader {...sortProps("type")}>{t("typeLabel")}</SortHeader>
            <SortHeader {...sortProps("country")}>{t("countryLabel")}</SortHeader>
            {(["donor", "partner", "funder"] as const).map((role) => (
              <SortHeader key={role} {...sortProps(role)} align="right">
                {t(`role.${role}`)}
                <span className="block text-xs font-normal text-slate-700">{t(`role.${role}Term`)}</span>
              </SortHeader>
            ))}
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
              <td>
                {org.countryCode ? (
                  <Link href={`/countries/${org.countryCode}`}>{org.countryName}</Link>
                ) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">{t("noCountry")}</span>
                  </>
                )}
              </td>
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
