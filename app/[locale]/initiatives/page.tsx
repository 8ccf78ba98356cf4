import type { Locale } from "@/lib/validations/common";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { searchInitiatives, unknownFilterValues } from "@/lib/db/initiatives";
import { parseSearchLeniently, searchParamsToObject } from "@/lib/validations/search";
import { catalogueQuery } from "@/lib/catalogue-query";
import { alternates } from "@/lib/i18n/alternates";
import { SearchForm } from "@/components/catalogue/search-form";
import { ResultList } from "@/components/catalogue/result-list";
import { Pagination } from "@/components/ui/pagination";
import { ActiveFilters } from "@/components/catalogue/active-filters";
import { IgnoredParameters } from "@/components/catalogue/ignored-parameters";
import { ExportLinks } from "@/components/catalogue/export-links";
import { JsonLd } from "@/components/open-data/json-ld";
import { catalogueJsonLd, catalogueOpenDataMetadata } from "@/components/open-data/catalogue-open-data";
import { catalogueReturnValue } from "@/lib/catalogue-return";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load({ params, searchParams }: Props) {
  const { locale } = await params;
  const raw = searchParamsToObject(await searchParams);
  const { search, ignored } = parseSearchLeniently({ ...raw, locale });
  for (const key of await unknownFilterValues(search)) {
    ignored.push({ key, message: "filter.unknownValue" });
    delete search[key as keyof typeof search];
  }
  let result = await searchInitiatives(search);
  // A page past the end (an old bookmark) shows the last page rather than nothing.
  if (result.items.length === 0 && result.total > 0 && search.page > result.pageCount) {
    search.page = result.pageCount;
    result = await searchInitiatives(search);
  }
  return { locale, search, ignored, result };
}

export async function generateMetadata(props: Props) {
  const { locale } = await props.params;
  const raw = searchParamsToObject(await props.searchParams);
  const { search } = parseSearchLeniently({ ...raw, locale });
  const t = await getTranslations({ locale, namespace: "Catalogue" });
  const { types, ...social } = await catalogueOpenDataMetadata(search);
  return { title: t("title"), alternates: { ...alternates(locale, "/initiatives", catalogueQuery(search)), types }, ...social };
}

export default async function CataloguePage(props: Props) {
  const { locale, search, ignored, result } = await load(props);
  setRequestLocale(locale);
  const t = await getTranslations("Catalogue");
  return (
    <div className="mx-auto max-w-6xl px-4 py-4 sm:py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <IgnoredParameters ignored={ignored} />
      <JsonLd data={await catalogueJsonLd(search)} />
      <div className="mt-4 grid gap-6 sm:mt-6 lg:gap-8 lg:grid-cols-[20rem_1fr]">
        <SearchForm search={search} facets={result.facets} total={result.total} />
        <section aria-labelledby="results-heading" className="min-w-0">
          <h2 id="results-heading" className="sr-only">
            {t("resultsHeading")}
          </h2>
          <ActiveFilters search={search} facets={result.facets} total={result.total} />
          <ExportLinks search={search} />
          <ResultList result={result} search={search} back={catalogueReturnValue(catalogueQuery(search))} />
          <Pagination pathname="/initiatives" query={catalogueQuery(search)} page={result.page} pageCount={result.pageCount} />
        </section>
      </div>
    </div>
  );
}
