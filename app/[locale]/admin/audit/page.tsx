import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/db/audit";
import { pageQuerySchema } from "@/lib/validations/admin-query";
import { AuditList } from "@/components/admin/audit-list";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminAudit" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/audit`);
  const page = pageQuerySchema.parse((await searchParams).page);
  const { total, items } = await listAudit({ page });
  const t = await getTranslations("AdminAudit");
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <AuditList entries={items} showEntity />
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
          {page > 1 ? <TextLink href={`/admin/audit?page=${page - 1}`}>{t("newer")}</TextLink> : null}
          {page < pages ? <TextLink href={`/admin/audit?page=${page + 1}`}>{t("older")}</TextLink> : null}
        </nav>
      ) : null}
    </>
  );
}
