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
        const refs = org[key];
        return (
          <section key={role} className="mt-8" aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`} className="text-2xl font-semibold">
              {t(`${role}Heading`, { count: refs.length })}
            </h2>
            {role === "funder" ? <p className="mt-1 text-sm text-slate-700">{t("funderIntro")}</p> : null}
            {refs.length ? (
              <>
                <p className="mt-2">
                  <TextLink href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-catalogue-link`} data-count={refs.length}>
                    {t("catalogueLink", { count: refs.length, formatted: format.number(refs.length) })}
                  </TextLink>
                </p>
                <InitiativeRefList refs={refs} testId={`${role}-list`} />
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
