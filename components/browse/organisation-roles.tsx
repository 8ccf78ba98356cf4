import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationDetail } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { InitiativeRefList } from "./initiative-ref-list";
import { TextLink } from "@/components/ui/text-link";

const ROLES = [
  { role: "donor", key: "asDonor" },
  { role: "partner", key: "asPartner" },
  { role: "funder", key: "asFunder" },
] as const;

/** The initiatives in which the organisation is a donor, a partner, a funder; each list opens in the catalogue. */
export async function OrganisationRoles({ org }: { org: OrganisationDetail }) {
  const t = await getTranslations("Organisation");
  const format = await getFormatter();
  return (
    <>
      {ROLES.map(({ role, key }) => {
        const list = org[key];
        const count = list.total;
        return (
          <section key={role} className="mt-8" aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`} className="text-2xl font-semibold">
              {t(`${role}Heading`, { count })}
            </h2>
            {role === "funder" ? <p className="mt-1 text-sm text-slate-700">{t("funderIntro")}</p> : null}
            {count ? (
              <>
                <p className="mt-2">
                  <TextLink href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-catalogue-link`} data-count={count}>
                    {t("catalogueLink", { count, formatted: format.number(count) })}
                  </TextLink>
                </p>
                <InitiativeRefList
                  list={list}
                  testId={`${role}-list`}
                  more={{ href: catalogueHref({ [role]: org.slug }), label: t("catalogueLink", { count, formatted: format.number(count) }) }}
                />
              </>
            ) : (
              <p className="mt-2 text-slate-700">{t("none")}</p>
            )}
          </section>
        );
      })}
    </>
  );
}
