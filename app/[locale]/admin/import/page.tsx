import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { CSV_COLUMNS } from "@/lib/csv/initiative-csv";
import { ImportForm } from "@/components/admin/import-form";
import { TextAnchor } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminImport" });
  return { title: t("title"), robots: { index: false } };
}

export default async function ImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/import`);
  const t = await getTranslations("AdminImport");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">{t("intro")}</p>
      <p className="mt-2">
        <TextAnchor href="/api/v1/admin/initiatives.csv">{t("export")}</TextAnchor>
      </p>
      <details className="mt-3">
        <summary className="cursor-pointer text-brand-800 underline">{t("layout")}</summary>
        <p className="mt-2 text-sm">{t("layoutHelp")}</p>
        <p className="mt-2 break-words text-sm">
          <code>{CSV_COLUMNS.join(",")}</code>
        </p>
      </details>
      <ImportForm />
    </>
  );
}
