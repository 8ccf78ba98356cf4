import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { getGgeDocumentInput, listAdminGge } from "@/lib/db/admin-gge";
import { documentToValues } from "@/lib/validations/gge-form";
import { GgeDocumentForm } from "@/components/admin/gge-document-form";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminGge" });
  return { title: t("editDocument"), robots: { index: false } };
}

export default async function EditGgeDocumentPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/gge/documents/${slug}/edit`);
  const doc = /^[a-z0-9-]{2,120}$/.test(slug) ? await getGgeDocumentInput(slug) : null;
  if (!doc) notFound();
  const [{ sessions }, t, { saved }] = await Promise.all([listAdminGge(), getTranslations("AdminGge"), searchParams]);
  const options = sessions.map((s) => ({ slug: s.slug, label: t("sessionLabel", { number: s.number, start: String(s.startYear), end: String(s.endYear) }) }));
  return (
    <>
      <p className="text-sm">
        <TextLink href="/admin/gge">{t("back")}</TextLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t("editDocument")}: {doc.symbol}
      </h1>
      {saved ? (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3" data-testid="saved">
          {t("saved")}
        </p>
      ) : null}
      <GgeDocumentForm initial={documentToValues(doc)} original={doc.slug} sessions={options} />
    </>
  );
}
