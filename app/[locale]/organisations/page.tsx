import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { organisationListQuerySchema } from "@/lib/validations/browse";
import { organisationCounts, organisationFilterOptions } from "@/lib/db/organisations";
import { alternates } from "@/lib/i18n/alternates";
import { OrganisationFilterForm } from "@/components/browse/organisation-filter-form";
import { OrganisationTable } from "@/components/browse/organisation-table";
import { IgnoredQuery, ignoredKeys } from "@/components/browse/ignored-query";
import { Pagination } from "@/components/ui/pagination";
import { organisationNames } from "@/lib/db/browse-names";
import { arrangeOrganisations } from "@/lib/browse/arrange-organisations";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function parse(props: Props) {
  const { locale } = await props.params;
  const raw = await props.searchParams;
  const query = organisationListQuerySchema.parse(raw);
  return { locale, query, ignored: ignoredKeys(raw, query) };
}

export async function generateMetadata(props: Props) {
  const { locale, query } = await parse(props);
  const t = await getTranslations({ locale, namespace: "Organisations" });
  const kept = Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value)
      .map(([key, value]) => [key, String(value)]),
  );
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/organisations", kept) };
}

export default async function OrganisationsPage(props: Props) {
  const { locale, query, ignored } = await parse(props);
  setRequestLocale(locale);
  const t = await getTranslations("Organisations");
  const format = await getFormatter();
  const [rows, options, names] = await Promise.all([
    organisationCounts(locale, { type: query.type, country: query.country }),
    organisationFilterOptions(locale),
    organisationNames(),
  ]);
  const list = arrangeOrganisations(rows, query, names, locale);
  const listQuery = { type: query.type, country: query.country, q: query.q, sort: query.sort, dir: query.dir };
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <IgnoredQuery keys={ignored} />
      <OrganisationFilterForm type={query.type} country={query.country} q={query.q} sort={query.sort} dir={query.dir} options={options} />
      <p className="mt-4 text-sm text-slate-700" role="status" data-testid="organisation-count">
        {t("shown", { count: list.total, formatted: format.number(list.total) })}
        {list.pageCount > 1 ? ` ${t("pageOf", { page: format.number(list.page), pages: format.number(list.pageCount) })}` : null}
      </p>
      <OrganisationTable organisations={list.items} query={query} />
      <Pagination pathname="/organisations" query={listQuery} page={list.page} pageCount={list.pageCount} />
    </div>
  );
}
