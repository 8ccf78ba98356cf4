import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { countryListQuerySchema } from "@/lib/validations/browse";
import { countriesByRegion, countryCounts } from "@/lib/db/countries";
import { alternates } from "@/lib/i18n/alternates";
import { WorldMap } from "@/components/charts/world-map";
import { CountryTable } from "@/components/browse/country-table";
import { CountrySearchForm } from "@/components/browse/country-search-form";
import { IgnoredQuery, ignoredKeys } from "@/components/browse/ignored-query";
import { Pagination } from "@/components/ui/pagination";
import { paginate } from "@/lib/browse/list-controls";
import { LIST_PAGE_SIZE } from "@/lib/validations/browse";
import { countryNames } from "@/lib/db/browse-names";
import { arrangeCountries } from "@/lib/browse/arrange-countries";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function parse(props: Props) {
  const { locale } = await props.params;
  const raw = await props.searchParams;
  const query = countryListQuerySchema.parse(raw);
  return { locale, query, ignored: ignoredKeys(raw, query) };
}

export async function generateMetadata(props: Props) {
  const { locale, query } = await parse(props);
  const t = await getTranslations({ locale, namespace: "Countries" });
  const kept = Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value)
      .map(([key, value]) => [key, String(value)]),
  );
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/countries", kept) };
}

export default async function CountriesPage(props: Props) {
  const { locale, query, ignored } = await parse(props);
  setRequestLocale(locale);
  const t = await getTranslations("Countries");
  const format = await getFormatter();
  // The map shows every country; the list only those matching the search, in the chosen column order.
  const [all, names] = await Promise.all([countryCounts(locale), countryNames()]);
  // Pages cut the list as it reads (region by region, each in the chosen order), so a region may continue on the next page.
  const grouped = await countriesByRegion(locale, {}, arrangeCountries(all, query, names, locale));
  const list = paginate(
    grouped.flatMap(({ region, countries }) => countries.map((country) => ({ region, country }))),
    query.page ?? 1,
    LIST_PAGE_SIZE,
  );
  const regions: typeof grouped = [];
  for (const { region, country } of list.items) {
    if (regions.at(-1)?.region !== region) regions.push({ region, countries: [] });
    regions.at(-1)!.countries.push(country);
  }
  const listQuery = { q: query.q, sort: query.sort, dir: query.dir };
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <IgnoredQuery keys={ignored} />
      <section className="mt-6" aria-labelledby="map-heading">
        <h2 id="map-heading" className="sr-only">
          {t("mapTitle")}
        </h2>
        <WorldMap
          id="countries-map"
          title={t("mapTitle")}
          description={t("mapDescription", { count: all.filter((c) => c.reached > 0).length })}
          values={all.filter((c) => c.reached > 0).map((c) => ({ code: c.code, m49: c.m49, name: c.name, value: c.reached, href: `/countries/${c.code}` }))}
          valueLabel={t("received")}
          labelHeader={t("country")}
        />
      </section>
      <section className="mt-8" aria-labelledby="list-heading">
        <h2 id="list-heading" className="text-2xl font-semibold">
          {t("listHeading")}
        </h2>
        <CountrySearchForm q={query.q} sort={query.sort} />
        <p className="mt-4 text-sm text-slate-700" role="status" data-testid="country-count">
          {t("shown", { count: list.total, formatted: format.number(list.total) })}
          {list.pageCount > 1 ? ` ${t("pageOf", { page: format.number(list.page), pages: format.number(list.pageCount) })}` : null}
        </p>
        {regions.map(({ region, countries }) => (
          <CountryTable
            key={region.slug || "other"}
            id={`region-${region.slug || "other"}`}
            heading={region.name || t("otherRegion")}
            countries={countries}
            query={query}
          />
        ))}
        <Pagination pathname="/countries" query={listQuery} page={list.page} pageCount={list.pageCount} />
      </section>
    </div>
  );
}
