import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { GgeSessionForm } from "@/components/admin/gge-session-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminGge" });
  return { title: t("newSession"), robots: { index: false } };
}

export default async function NewGgeSessionPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/gge/sessions/new`);
  const t = await getTranslations("AdminGge");
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newSession")}</h1>
      <GgeSessionForm initial={{ "source.document": "murakami-2018", outcome: "consensus-report" }} />
    </>
  );
}
