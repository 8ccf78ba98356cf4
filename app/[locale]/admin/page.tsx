import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { countByStatus } from "@/lib/db/admin-initiatives";
import { listAudit } from "@/lib/db/audit";
import { Link } from "@/lib/i18n/navigation";
import { AuditList } from "@/components/admin/audit-list";
import { INITIATIVE_STATUSES } from "@/lib/validations/initiative";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Admin" });
  return { title: t("dashboardTitle"), robots: { index: false } };
}

export default async function AdminDashboard({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin`);
  const [counts, recent] = await Promise.all([countByStatus(), listAudit({ page: 1 })]);
  const t = await getTranslations("Admin");
  const format = await getFormatter();
  return (
    <>
      <h1 className="text-3xl font-bold">{t("dashboardTitle")}</h1>
      <dl className="mt-6 grid gap-4 sm:grid-cols-3">
        {INITIATIVE_STATUSES.map((status) => (
          <div key={status} className="rounded border border-slate-300 p-4">
            <dt className="text-sm font-semibold">{t(`statusCounts.${status}`)}</dt>
            <dd className="text-3xl font-bold" data-testid={`count-${status}`}>
              <Link className="text-brand-800 underline" href={`/admin/initiatives?status=${status}`}>
                {format.number(counts[status] ?? 0)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-10 text-xl font-bold">{t("recentChanges")}</h2>
      <AuditList entries={recent.items.slice(0, 5)} showEntity />
    </>
  );
}
