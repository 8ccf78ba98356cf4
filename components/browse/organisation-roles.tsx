import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationDetail } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { InitiativeRefList } from "./initiative-ref-list";
import { TextLink } from "@/components/ui/text-link";
import { ChartSection } from "@/components/ui/chart-section";

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
          <ChartSection
            key={role}
            id={`role-${role}`}
            heading={t(`${role}Heading`, { count: refs.length })}
            intro={role === "funder" ? t("funderIntro") : null}
            isEmpty={!refs.length}
            empty={t("none")}
          >
            <p>
              <TextLink href={catalogueHref({ [role]: org.slug })} data-testid={`${role}-catalogue-link`} data-count={refs.length}>
                {t("catalogueLink", { count: refs.length, formatted: format.number(refs.length) })}
              </TextLink>
            </p>
            <InitiativeRefList refs={refs} testId={`${role}-list`} />
          </ChartSection>
        );
      })}
    </>
  );
}
