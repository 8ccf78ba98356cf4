import { getTranslations } from "next-intl/server";
import type { OrganisationDetail } from "@/lib/db/organisations";
import { TextLink } from "@/components/ui/text-link";

/** Name, type, home country and, where the thesis assigns one, the capacity-building approach. */
export async function OrganisationHeader({ org }: { org: OrganisationDetail }) {
  const t = await getTranslations("Organisation");
  const types = await getTranslations("Organisations");
  return (
    <header>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/organisations">{t("allOrganisations")}</TextLink>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">
        {org.name}
        {org.acronym && !org.name.includes(org.acronym) ? ` (${org.acronym})` : ""}
      </h1>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("type")}</dt>
        <dd>
          <TextLink href={{ pathname: "/organisations", query: { type: org.type } }}>{types(`type.${org.type as "government"}`)}</TextLink>
        </dd>
        <dt className="font-semibold">{t("homeCountry")}</dt>
        <dd>{org.country ? <TextLink href={`/countries/${org.country.code}`}>{org.country.name}</TextLink> : t("noHomeCountry")}</dd>
        {org.sourceName ? (
          <>
            <dt className="font-semibold">{t("sourceName")}</dt>
            <dd lang={org.sourceName.lang} data-testid="org-source-name">
              {org.sourceName.text}
            </dd>
          </>
        ) : null}
      </dl>
      {org.note ? (
        <p className="mt-3 text-sm text-slate-700" data-testid="org-note">
          <strong>{t("curatorNote")}</strong> {org.note}
        </p>
      ) : null}
      {org.approach ? (
        <section className="mt-6 rounded border border-slate-300 bg-slate-50 p-4" aria-labelledby="approach">
          <h2 id="approach" className="text-xl font-semibold">
            {t("approachHeading")}
          </h2>
          <p className="mt-1 font-medium" data-testid="approach-name">
            {org.approach.name}
          </p>
          {org.approach.viaCountry && org.country ? <p className="text-sm text-slate-700">{t("approachViaCountry", { country: org.country.name })}</p> : null}
          <p className="mt-2">{org.approach.description}</p>
          <p className="mt-2 text-sm text-slate-700">{t("approachSource", { source: org.approach.source, locator: org.approach.locator })}</p>
        </section>
      ) : null}
    </header>
  );
}
