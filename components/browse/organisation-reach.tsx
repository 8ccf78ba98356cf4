import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganisationDetail } from "@/lib/db/organisations";
import { catalogueHref } from "@/lib/catalogue-query";
import { BarChart } from "@/components/charts/bar-chart";
import { WorldMap } from "@/components/charts/world-map";
import { TextLink } from "@/components/ui/text-link";
import { ChartSection } from "@/components/ui/chart-section";

/** Where the organisation works (map), its themes and the organisations it works with. */
export async function OrganisationReach({ org }: { org: OrganisationDetail }) {
  const t = await getTranslations("Organisation");
  const format = await getFormatter();
  // With a single role, the catalogue can show exactly the initiatives behind a number; otherwise link the entity.
  const scoped = (extra: { country?: string; theme?: string }, fallback: string) => (org.role ? catalogueHref({ [org.role]: org.slug, ...extra }) : fallback);
  return (
    <>
      <ChartSection id="where" heading={t("whereHeading")} isEmpty={!org.countries.length} empty={t("noCountries")}>
        <WorldMap
          id="organisation-map"
          title={t("mapTitle", { name: org.name })}
          description={t("mapDescription", { count: org.countries.length })}
          values={org.countries.map((c) => ({
            code: c.code,
            m49: c.m49,
            name: c.name,
            value: c.count,
            href: scoped({ country: c.code }, `/countries/${c.code}`),
          }))}
          valueLabel={t("initiatives")}
          labelHeader={t("country")}
        />
      </ChartSection>
      <ChartSection id="themes" heading={t("themesHeading")} isEmpty={!org.themes.length} empty={t("noThemes")}>
        <BarChart
          id="organisation-themes"
          title={t("themesChart", { name: org.name })}
          description={t("themesChartDescription")}
          bars={org.themes.map((theme) => ({
            key: theme.slug,
            label: `${theme.gfceCode ? `${theme.gfceCode}. ` : ""}${theme.name}`,
            value: theme.count,
            href: scoped({ theme: theme.slug }, `/themes/${theme.slug}`),
          }))}
          valueLabel={t("initiatives")}
          labelHeader={t("theme")}
        />
      </ChartSection>
      <ChartSection
        id="partners"
        heading={t("partnersHeading", { count: org.partners.length })}
        intro={t("partnersIntro")}
        isEmpty={!org.partners.length}
        empty={t("noPartners")}
      >
        <ul className="flex flex-wrap gap-2" data-testid="partner-organisations">
          {org.partners.map((partner) => (
            <li key={partner.slug} className="rounded border border-slate-300 px-2 py-1">
              <TextLink href={`/organisations/${partner.slug}`}>{partner.name}</TextLink>
              <span className="ml-1 text-sm text-slate-700">{t("sharedCount", { count: partner.count, formatted: format.number(partner.count) })}</span>
            </li>
          ))}
        </ul>
      </ChartSection>
    </>
  );
}
