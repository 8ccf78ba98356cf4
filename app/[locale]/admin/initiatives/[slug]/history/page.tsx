import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { listAudit } from "@/lib/db/audit";
import { AuditList } from "@/components/admin/audit-list";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "AdminAudit" });
  return { title: t("historyTitle", { slug: slug.slice(0, 120) }), robots: { index: false } };
}

export default async function InitiativeHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives/${slug}/history`);
  const { items } = await listAudit({ entitySlug: slug.slice(0, 120), page: 1 });
  const t = await getTranslations("AdminAudit");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("historyTitle", { slug })}</h1>
      <p className="mt-3">
        <TextLink href={`/admin/initiatives/${slug}/edit`}>{t("backToEdit")}</TextLink>
      </p>
      <AuditList entries={items} showEntity={false} />
    </>
  );
}
