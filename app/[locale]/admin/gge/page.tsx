import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { listAdminGge } from "@/lib/db/admin-gge";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminGge" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminGgePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/gge`);
  const [{ sessions, documents }, t] = await Promise.all([listAdminGge(), getTranslations("AdminGge")]);
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <section className="mt-6" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t("sessionsHeading")}
        </h2>
        <p className="mt-2">
          <TextLink href="/admin/gge/sessions/new">{t("newSession")}</TextLink>
        </p>
        <ul className="mt-2 list-disc pl-6" data-testid="admin-gge-sessions">
          {sessions.map((s) => (
            <li key={s.slug}>
              <TextLink href={`/admin/gge/sessions/${s.slug}/edit`}>
                {t("sessionLabel", { number: s.number, start: String(s.startYear), end: String(s.endYear) })}
              </TextLink>
            </li>
          ))}
        </ul>
      </section>
      <section className="mt-6" aria-labelledby="documents-heading">
        <h2 id="documents-heading" className="text-xl font-bold">
          {t("documentsHeading")}
        </h2>
        <p className="mt-2">
          <TextLink href="/admin/gge/documents/new">{t("newDocument")}</TextLink>
        </p>
        <ul className="mt-2 list-disc pl-6" data-testid="admin-gge-documents">
          {documents.map((d) => (
            <li key={d.slug}>
              <TextLink href={`/admin/gge/documents/${d.slug}/edit`}>{d.symbol}</TextLink> ({d.date}) · {t("keyPointCount", { count: d._count.keyPoints })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
