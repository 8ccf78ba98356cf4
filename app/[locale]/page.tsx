import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getHeadlineStats } from "@/lib/db/stats";
import { alternates } from "@/lib/i18n/alternates";
import { getPathname } from "@/lib/i18n/navigation";
import { MAX_QUERY_LENGTH } from "@/lib/validations/search";
import { HomeCharts } from "@/components/home/home-charts";
import { LatestInitiatives } from "@/components/home/latest-initiatives";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { alternates: alternates(locale, "/") };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Home");
  const format = await getFormatter();
  const stats = await getHeadlineStats();
  const headline = [
    { key: "initiatives", value: stats.initiatives, href: "/initiatives" },
    { key: "donors", value: stats.donors },
    { key: "organisations", value: stats.organisations },
    { key: "countries", value: stats.countries },
  ] as const;
  return (
    <div>
      <section className="bg-brand-50">
        <div className="mx-auto max-w-6xl px-4 py-12">
          <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-4xl">{t("title")}</h1>
          <p className="mt-4 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
          <form
            method="get"
            action={getPathname({ href: "/initiatives", locale })}
            role="search"
            className="mt-8 flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end"
          >
            <div className="flex-1">
              <label htmlFor="home-q" className="block font-semibold">
                {t("searchLabel")}
              </label>
              <input
                id="home-q"
                name="q"
                type="search"
                maxLength={MAX_QUERY_LENGTH}
                placeholder={t("searchPlaceholder")}
                className="mt-1 w-full rounded border border-slate-500 bg-white px-3 py-2"
              />
            </div>
            <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
              {t("searchButton")}
            </button>
          </form>
        </div>
      </section>
      <section className="mx-auto max-w-6xl px-4 py-10" aria-labelledby="headline-heading">
        <h2 id="headline-heading" className="text-2xl font-semibold">
          {t("headlineTitle")}
        </h2>
        <dl className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-4">
          {headline.map((item) => (
            <div key={item.key} className="rounded border border-slate-300 p-4">
              <dt className="text-sm text-slate-700">{t(`stat.${item.key}`)}</dt>
              <dd className="mt-1 text-3xl font-bold text-brand-800" data-testid={`stat-${item.key}`}>
                {format.number(item.value)}
              </dd>
            </div>
          ))}
        </dl>
        <p className="mt-6">
          <TextLink href="/initiatives" className="font-semibold">
            {t("browseAll")}
          </TextLink>
        </p>
        <p className="mt-6 max-w-3xl text-sm text-slate-700">{t("sourceNote")}</p>
      </section>
      <HomeCharts locale={locale} />
      <LatestInitiatives locale={locale} />
    </div>
  );
}
