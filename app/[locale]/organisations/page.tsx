import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { organisationListQuerySchema } from "@/lib/validations/browse";
import { organisationCounts, organisationFilterOptions } from "@/lib/db/organisations";
import { alternates } from "@/lib/i18n/alternates";
import { OrganisationFilterForm } from "@/components/browse/organisation-filter-form";
import { OrganisationTable } from "@/components/browse/organisation-table";
import { IgnoredQuery, ignoredKeys } from "@/components/browse/ignored-query";

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
  const kept = Object.fromEntries(Object.entries(query).filter(([, value]) => value)) as Record<string, string>;
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/organisations", kept) };
}

export default async function OrganisationsPage(props: Props) {
  const { locale, query, ignored } = await parse(props);
  setRequestLocale(locale);
  const t = await getTranslations("Organisations");
  const format = await getFormatter();
  const [organisations, options] = await Promise.all([organisationCounts(locale, query), organisationFilterOptions(locale)]);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <IgnoredQuery keys={ignored} />
      <OrganisationFilterForm type={query.type} country={query.country} options={options} />
      <p className="mt-4 text-sm text-slate-700" role="status" data-testid="organisation-count">
        {t("shown", { count: organisations.length, formatted: format.number(organisations.length) })}
      </p>
      <OrganisationTable organisations={organisations} />
    </div>
  );
}
