import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getCountryDetail } from "@/lib/db/countries";
import { alternates } from "@/lib/i18n/alternates";
import { CountryHeader } from "@/components/browse/country-header";
import { CountryRecipients } from "@/components/browse/country-recipients";
import { CountryCharts } from "@/components/browse/country-charts";
import { CountryAsDonor } from "@/components/browse/country-as-donor";
import { CountryGge } from "@/components/browse/country-gge";
import { CountryApproach } from "@/components/browse/country-approach";

type Props = { params: Promise<{ locale: Locale; code: string }> };
// Once per request: generateMetadata and the page both need it.
const loadCountryDetail = cache(getCountryDetail);

export async function generateMetadata({ params }: Props) {
  const { locale, code } = await params;
  const country = await loadCountryDetail(code, locale);
  if (!country) return {};
  const t = await getTranslations({ locale, namespace: "Country" });
  return { title: country.name, description: t("metaDescription", { country: country.name }), alternates: alternates(locale, `/countries/${country.code}`) };
}

export default async function CountryPage({ params }: Props) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const country = await loadCountryDetail(code, locale);
  if (!country) notFound();
  return (
    <article className="mx-auto max-w-5xl px-4 py-8">
      <CountryHeader country={country} />
      <CountryRecipients country={country} />
      <CountryCharts country={country} />
      <CountryAsDonor country={country} />
      <CountryApproach country={country} />
      <CountryGge country={country} />
    </article>
  );
}
