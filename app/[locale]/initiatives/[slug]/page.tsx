import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getInitiativeDetail } from "@/lib/db/initiatives";
import { alternates } from "@/lib/i18n/alternates";
import { catalogueReturnHref } from "@/lib/catalogue-return";
import { initiativeCitable } from "@/lib/api/citables";
import { CiteBlock } from "@/components/open-data/cite-block";
import { JsonLd } from "@/components/open-data/json-ld";
import { initiativePageJsonLd, initiativeSocialMetadata } from "@/components/open-data/initiative-open-data";
import { TextLink } from "@/components/ui/text-link";
import { InitiativeDetailView } from "@/components/initiative/initiative-detail-view";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const initiative = await getInitiativeDetail(slug, locale);
  if (!initiative) return {};
  return {
    title: initiative.name.text,
    description: initiative.summary?.text,
    alternates: alternates(locale, `/initiatives/${slug}`),
    ...(await initiativeSocialMetadata(initiative, locale)),
  };
}

export default async function InitiativePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  const { back } = await searchParams;
  setRequestLocale(locale);
  const initiative = await getInitiativeDetail(slug, locale);
  if (!initiative) notFound();
  const t = await getTranslations("Initiative");
  const citable = (await initiativeCitable(slug, locale))!;
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href={catalogueReturnHref(back)} data-testid="back-to-list">
          {t("backToCatalogue")}
        </TextLink>
      </nav>
      <InitiativeDetailView initiative={initiative} />
      <CiteBlock citable={citable} apiPath={`/api/v1/initiatives/${initiative.slug}/cite`} locale={locale} />
      <JsonLd data={await initiativePageJsonLd(initiative, locale, citable.source)} />
    </article>
  );
}
