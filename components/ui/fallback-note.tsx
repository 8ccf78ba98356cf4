import { getTranslations } from "next-intl/server";

/** Tells the reader that the text next to it is shown in another language, because no translation exists yet. */
export async function FallbackNote({ locale }: { locale: string }) {
  const t = await getTranslations("Fallback");
  return <p className="mt-1 text-xs italic text-slate-700">{t("note", { language: t(`language.${locale as "ja" | "en" | "fr"}`) })}</p>;
}
