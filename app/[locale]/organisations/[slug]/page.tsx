import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getOrganisationDetail } from "@/lib/db/organisations";
import { alternates } from "@/lib/i18n/alternates";
import { OrganisationHeader } from "@/components/browse/organisation-header";
import { OrganisationRoles } from "@/components/browse/organisation-roles";
import { OrganisationReach } from "@/components/browse/organisation-reach";

type Props = { params: Promise<{ locale: Locale; slug: string }> };
// Once per request: generateMetadata and the page both need it.
const loadOrganisationDetail = cache(getOrganisationDetail);

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const org = await loadOrganisationDetail(slug, locale);
  if (!org) return {};
  const t = await getTranslations({ locale, namespace: "Organisation" });
  return { title: org.name, description: t("metaDescription", { name: org.name }), alternates: alternates(locale, `/organisations/${org.slug}`) };
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const org = await loadOrganisationDetail(slug, locale);
  if (!org) notFound();
  return (
    <article className="mx-auto max-w-5xl px-4 py-8">
      <OrganisationHeader org={org} />
      <OrganisationRoles org={org} />
      <OrganisationReach org={org} />
    </article>
  );
}
