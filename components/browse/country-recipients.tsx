import { getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { InitiativeRefList } from "./initiative-ref-list";
import { TEXT_LINK_CLASS, TextLink } from "@/components/ui/text-link";
import { ChartSection } from "@/components/ui/chart-section";

/** Initiatives aimed at the country itself, then those that reach it through a region or group. */
export async function CountryRecipients({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  return (
    <>
      <ChartSection id="direct" heading={t("directHeading", { count: country.direct.length })} isEmpty={!country.direct.length} empty={t("noneDirect")}>
        <InitiativeRefList refs={country.direct} testId="direct-list" />
      </ChartSection>
      <ChartSection
        id="via-groups"
        heading={t("viaHeading", { count: country.viaGroups.length })}
        intro={t("viaIntro")}
        isEmpty={!country.viaGroups.length}
        empty={t("noneVia")}
      >
        <InitiativeRefList
          refs={country.viaGroups}
          testId="via-list"
          extra={(ref) => (
            <>
              {t("via")}{" "}
              {ref.via.map((group, index) => (
                <span key={group.slug}>
                  {index ? t("separator") : ""}
                  <TextLink href={catalogueHref({ region: group.slug })}>{group.name}</TextLink>
                </span>
              ))}
            </>
          )}
        />
      </ChartSection>
      <ChartSection
        id="global"
        heading={t("globalHeading", { count: country.global.length })}
        intro={t("globalIntro")}
        isEmpty={!country.global.length}
        empty={t("noneGlobal")}
      >
        <details>
          <summary className={`cursor-pointer ${TEXT_LINK_CLASS}`}>{t("globalShow", { count: country.global.length })}</summary>
          <InitiativeRefList
            refs={country.global}
            testId="global-list"
            extra={(ref) => (
              <>
                {t("via")} {ref.via.map((group) => group.name).join(t("separator"))}
              </>
            )}
          />
        </details>
      </ChartSection>
    </>
  );
}
