import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { InitiativeRefList } from "./initiative-ref-list";
import { TextLink } from "@/components/ui/text-link";
import { ChartSection } from "@/components/ui/chart-section";

/** Initiatives funded or run by organisations based in the country (its government, agencies, firms...). */
export async function CountryAsDonor({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  const format = await getFormatter();
  return (
    <ChartSection
      id="as-donor"
      heading={t("asDonorHeading", { count: country.asDonor.length })}
      isEmpty={!country.donorOrganisations.length}
      empty={t("noneAsDonor")}
    >
      <p className="text-sm text-slate-700">{t("asDonorIntro")}</p>
      <ul className="mt-3 flex flex-wrap gap-2" data-testid="donor-organisations">
        {country.donorOrganisations.map((org) => (
          <li key={org.slug} className="rounded border border-slate-300 px-2 py-1">
            <TextLink href={`/organisations/${org.slug}`}>{org.name}</TextLink>{" "}
            <TextLink
              className="inline-block min-h-6 min-w-6 px-1 text-center text-sm leading-6"
              href={catalogueHref({ donor: org.slug })}
              data-testid="donor-count-link"
            >
              ({format.number(org.count)}
              <span className="sr-only"> {t("orgInitiativesLink", { count: org.count, name: org.name })}</span>)
            </TextLink>
          </li>
        ))}
      </ul>
      <p className="mt-3">
        <TextLink
          className="font-semibold"
          href={catalogueHref({ donorCountry: country.code })}
          data-testid="as-donor-link"
          data-count={country.asDonor.length}
        >
          {t("asDonorCatalogueLink", { count: country.asDonor.length, formatted: format.number(country.asDonor.length), country: country.name })}
        </TextLink>
      </p>
      {country.asDonorThemes.length ? (
        <>
          <h3 className="mt-4 text-lg font-semibold">{t("asDonorThemesHeading")}</h3>
          <ul className="mt-2 space-y-1" data-testid="as-donor-themes">
            {country.asDonorThemes.map((theme) => (
              <li key={theme.slug}>
                <TextLink href={catalogueHref({ donorCountry: country.code, theme: theme.slug })} data-count={theme.count}>
                  {t("asDonorThemeLink", { theme: theme.name, count: theme.count, formatted: format.number(theme.count) })}
                </TextLink>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <InitiativeRefList refs={country.asDonor} testId="as-donor-list" />
    </ChartSection>
  );
}
