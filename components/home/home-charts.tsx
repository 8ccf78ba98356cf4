import { getTranslations } from "next-intl/server";
import { BarChart } from "@/components/charts/bar-chart";
import { ColumnChart } from "@/components/charts/column-chart";
import { catalogueHref } from "@/lib/catalogue-query";
import { continuousYears } from "@/components/charts/continuous-years";
import { initiativesByStartYear, initiativesByTheme, topDonors, topRecipientCountries } from "@/lib/db/home";
import type { Locale } from "@/lib/validations/common";

/** The four overview charts of the home page; every bar opens the catalogue filtered to its initiatives. */
export async function HomeCharts({ locale }: { locale: Locale }) {
  const t = await getTranslations("Home.charts");
  const [themes, years, donors, recipients] = await Promise.all([
    initiativesByTheme(locale),
    initiativesByStartYear(),
    topDonors(locale, 10),
    topRecipientCountries(locale, 10),
  ]);
  const common = { valueLabel: t("valueLabel") };
  return (
    <section className="mx-auto max-w-6xl px-4 py-10" aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="text-2xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 max-w-3xl text-slate-800">{t("intro")}</p>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <BarChart
          id="by-theme"
          title={t("themeTitle")}
          description={t("themeDesc")}
          labelHeader={t("themeHeader")}
          bars={themes.map((b) => ({ ...b, href: catalogueHref({ theme: b.key }) }))}
          {...common}
        />
        <BarChart
          id="top-donors"
          title={t("donorTitle")}
          description={t("donorDesc", { count: donors.length })}
          labelHeader={t("donorHeader")}
          bars={donors.map((b) => ({ ...b, href: catalogueHref({ donor: b.key }) }))}
          {...common}
        />
        <BarChart
          id="top-recipients"
          title={t("recipientTitle")}
          description={t("recipientDesc", { count: recipients.length })}
          labelHeader={t("recipientHeader")}
          bars={recipients.map((b) => ({ ...b, href: catalogueHref({ country: b.key }) }))}
          {...common}
        />
        <ColumnChart
          id="by-year"
          title={t("yearTitle")}
          description={t("yearDesc", { unknown: years.unknown })}
          labelHeader={t("yearHeader")}
          note={t("yearNote", { unknown: years.unknown })}
          bars={continuousYears(
            years.years.map((y) => [Number(y.key), y.value]),
            (year) => catalogueHref({ started: year }),
          )}
          {...common}
        />
      </div>
    </section>
  );
}
