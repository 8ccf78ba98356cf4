import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { listAdminGge } from "@/lib/db/admin-gge";
import { GgeDocumentForm } from "@/components/admin/gge-document-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminGge" });
  return { title: t("newDocument"), robots: { index: false } };
}

export default async function NewGgeDocumentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/gge/documents/new`);
  const [{ sessions }, t] = await Promise.all([listAdminGge(), getTranslations("AdminGge")]);
  const options = sessions.map((s) => ({ slug: s.slug, label: t("sessionLabel", { number: s.number, start: String(s.startYear), end: String(s.endYear) }) }));
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newDocument")}</h1>
      <GgeDocumentForm initial={{ "source.document": "murakami-2018", kind: "report" }} sessions={options} />
    </>
  );
}
