import { getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { BarChart } from "@/components/charts/bar-chart";
import { Timeline } from "@/components/charts/timeline";
import { ColumnChart } from "@/components/charts/column-chart";
import { continuousYears } from "@/components/charts/continuous-years";
import { ChartSection } from "@/components/ui/chart-section";

/** Donors active in the country, its themes and the timeline of its initiatives. */
export async function CountryCharts({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  const items = (country.timeline ?? []).map((ref) => ({
    key: ref.slug,
    label: ref.name,
    lang: ref.lang,
    startYear: ref.startYear,
    endYear: ref.endYear,
    ongoing: ref.ongoing,
    sourceDate: ref.sourceDate,
    series: ref.series,
    href: `/initiatives/${ref.slug}`,
  }));
  items.sort((a, b) => (a.startYear ?? 9999) - (b.startYear ?? 9999) || a.label.localeCompare(b.label));
  const received = country.direct.total + country.viaGroups.total;
  const dated = [...country.startYears].map(([year, count]) => [Number(year), count] as [number, number]);
  const unknownYear = received - dated.reduce((sum, [, count]) => sum + count, 0);
  return (
    <>
      <ChartSection id="donors" heading={t("donorsHeading")} isEmpty={!country.donors.length} empty={t("noDonors")}>
        <BarChart
          id="country-donors"
          title={t("donorsChart", { country: country.name })}
          description={t("donorsChartDescription", { count: country.donors.length })}
          bars={country.donors.map((donor) => ({
            key: donor.slug,
            label: donor.name,
            value: donor.count,
            href: catalogueHref({ country: country.code, donor: donor.slug }),
          }))}
          valueLabel={t("initiatives")}
          labelHeader={t("donor")}
          maxBars={15}
        />
      </ChartSection>
      <ChartSection id="themes" heading={t("themesHeading")} isEmpty={!country.themes.length} empty={t("noThemes")}>
        <BarChart
          id="country-themes"
          title={t("themesChart", { country: country.name })}
          description={t("themesChartDescription")}
          bars={country.themes.map((theme) => ({
            key: theme.slug,
            label: `${theme.gfceCode ? `${theme.gfceCode}. ` : ""}${theme.name}`,
            value: theme.count,
            href: catalogueHref({ country: country.code, theme: theme.slug }),
          }))}
          valueLabel={t("initiatives")}
          labelHeader={t("theme")}
        />
      </ChartSection>
      {country.timeline?.length ? (
        <section className="mt-8" aria-labelledby="timeline">
          <h2 id="timeline" className="text-2xl font-semibold">
            {t("timelineHeading")}
          </h2>
          <div className="mt-3">
            <Timeline
              id="country-timeline"
              title={t("timelineChart", { country: country.name })}
              description={t("timelineDescription")}
              items={items}
              series={[t("seriesDirect"), t("seriesVia")]}
              labelHeader={t("initiative")}
            />
          </div>
        </section>
      ) : null}
      {!country.timeline && dated.length ? (
        <section className="mt-8" aria-labelledby="timeline">
          <h2 id="timeline" className="text-2xl font-semibold">
            {t("timelineHeading")}
          </h2>
          <div className="mt-3">
            <ColumnChart
              id="country-years"
              title={t("yearsChart", { country: country.name })}
              description={t("yearsChartDescription", { unknown: unknownYear })}
              bars={continuousYears(dated, (year) => catalogueHref({ country: country.code, reach: "group", started: year }))}
              valueLabel={t("initiatives")}
              labelHeader={t("yearHeader")}
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
