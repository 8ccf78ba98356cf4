import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getInitiativeDetail } from "@/lib/db/initiatives";
import { alternates } from "@/lib/i18n/alternates";
import { TextLink } from "@/components/ui/text-link";
import { InitiativeDetailView } from "@/components/initiative/initiative-detail-view";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const initiative = await getInitiativeDetail(slug, locale);
  if (!initiative) return {};
  return { title: initiative.name.text, description: initiative.summary?.text, alternates: alternates(locale, `/initiatives/${slug}`) };
}

export default async function InitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const initiative = await getInitiativeDetail(slug, locale);
  if (!initiative) notFound();
  const t = await getTranslations("Initiative");
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/initiatives">{t("backToCatalogue")}</TextLink>
      </nav>
      <InitiativeDetailView initiative={initiative} />
    </article>
  );
}
