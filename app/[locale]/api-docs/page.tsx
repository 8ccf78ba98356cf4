import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { alternates } from "@/lib/i18n/alternates";
import { apiOperations } from "@/lib/api/openapi";
import { exampleSlugs } from "@/lib/db/open-data-records";
import { env } from "@/lib/env";
import { OperationSection } from "@/components/api-docs/operation-section";
import { TextAnchor } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ApiDocs" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/api-docs") };
}

export default async function ApiDocsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("ApiDocs");
  const slugs = await exampleSlugs();
  const operations = apiOperations(slugs.initiative, slugs.gge);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3">
        {t.rich("intro", {
          link: (chunks) => (
            <TextAnchor className="font-mono" href="/api/v1/openapi.json">
              {chunks}
            </TextAnchor>
          ),
        })}
      </p>
      <p className="mt-2">{t("errors")}</p>
      <h2 className="mt-8 text-2xl font-semibold">{t("endpoints")}</h2>
      <ul className="mt-2 list-disc pl-5 font-mono text-sm">
        {operations.map((op) => (
          <li key={op.id}>
            <TextAnchor className="inline-block min-h-6 py-0.5" href={`#op-${op.id}`}>
              {op.path}
            </TextAnchor>
          </li>
        ))}
      </ul>
      {operations.map((op) => (
        <OperationSection key={op.id} op={op} siteUrl={env.SITE_URL} />
      ))}
    </div>
  );
}
