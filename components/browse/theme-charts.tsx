import { getTranslations } from "next-intl/server";
import type { getThemeDetail } from "@/lib/db/themes";
import { catalogueHref } from "@/lib/catalogue-query";
import { BarChart } from "@/components/charts/bar-chart";

type Theme = NonNullable<Awaited<ReturnType<typeof getThemeDetail>>>;

/** The theme's leading donors and recipient countries, each bar opening the matching catalogue page. */
export async function ThemeCharts({ theme }: { theme: Theme }) {
  const t = await getTranslations("Theme");
  if (!theme.count) return null;
  return (
    <section className="mt-8 grid gap-8 lg:grid-cols-2" aria-labelledby="leading">
      <h2 id="leading" className="sr-only">
        {t("leadingHeading")}
      </h2>
      <BarChart
        id="theme-donors"
        title={t("donorsChart", { name: theme.name })}
        description={t("donorsChartDescription", { count: theme.donors.length })}
        bars={theme.donors.map((donor) => ({
          key: donor.key,
          label: donor.name,
          value: donor.count,
          href: catalogueHref({ theme: theme.slug, donor: donor.key }),
        }))}
        valueLabel={t("initiatives")}
        labelHeader={t("donor")}
      />
      <BarChart
        id="theme-recipients"
        title={t("recipientsChart", { name: theme.name })}
        description={t("recipientsChartDescription", { count: theme.recipients.length })}
        bars={theme.recipients.map((country) => ({
          key: country.key,
          label: country.name,
          value: country.count,
          href: catalogueHref({ theme: theme.slug, country: country.key }),
        }))}
        valueLabel={t("initiatives")}
        labelHeader={t("country")}
      />
    </section>
  );
}
