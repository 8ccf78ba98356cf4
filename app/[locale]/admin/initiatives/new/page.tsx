import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { getFormOptions } from "@/lib/db/admin-options";
import { InitiativeForm } from "@/components/admin/initiative-form";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminInitiatives" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewInitiativePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives/new`);
  const options = await getFormOptions(locale);
  const t = await getTranslations("AdminInitiatives");
  const initialValues = { status: "draft", originalLocale: locale, "source.document": options.sources[0]?.slug ?? "" };
  return (
    <>
      <h1 className="text-3xl font-bold">{t("newTitle")}</h1>
      <InitiativeForm mode="create" initialValues={initialValues} options={options} />
    </>
  );
}
