import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/text-link";

export default async function Forbidden() {
  const t = await getTranslations("Auth");
  return (
    <div className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="text-3xl font-bold">{t("forbiddenTitle")}</h1>
      <p className="mt-4 text-lg">{t("forbiddenDescription")}</p>
      <p className="mt-6">
        <TextLink href="/admin">{t("backToAdmin")}</TextLink>
      </p>
    </div>
  );
}
