import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { getInitiativePreview } from "@/lib/db/admin-initiatives";
import { TextLink } from "@/components/ui/text-link";
import { InitiativeDetailView } from "@/components/initiative/initiative-detail-view";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "AdminInitiatives" });
  return { title: t("previewTitle", { slug: slug.slice(0, 120) }), robots: { index: false } };
}

/** How an initiative will read in the catalogue, drafts and archived ones included. */
export default async function PreviewInitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives/${slug}/preview`);
  const initiative = await getInitiativePreview(slug, locale);
  if (!initiative) notFound();
  const [t, tf] = await Promise.all([getTranslations("AdminInitiatives"), getTranslations("AdminForm")]);
  return (
    <article>
      <p role="note" className="rounded bg-amber-50 p-3" data-testid="preview-note">
        {t("previewNote", { status: tf(`statuses.${initiative.status}`) })} <TextLink href={`/admin/initiatives/${slug}/edit`}>{t("backToForm")}</TextLink>
      </p>
      <InitiativeDetailView initiative={initiative} />
    </article>
  );
}
