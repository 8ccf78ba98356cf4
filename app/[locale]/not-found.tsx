import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export default async function LocaleNotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("description")}</p>
      <p className="mt-6 flex gap-4">
        <TextLink href="/">{t("home")}</TextLink>
        <TextLink href="/initiatives">{t("catalogue")}</TextLink>
      </p>
    </div>
  );
}
