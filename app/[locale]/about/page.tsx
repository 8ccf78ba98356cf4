import type { ReactNode } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { listApproaches, listSourceDocuments } from "@/lib/db/sources";
import { alternates } from "@/lib/i18n/alternates";
import { SourceList } from "@/components/about/source-list";
import { ApproachList } from "@/components/about/approach-list";
import { TextLink } from "@/components/ui/text-link";
import { LastUpdated } from "@/components/layout/last-updated";

type Props = { params: Promise<{ locale: Locale }> };

const METHOD_POINTS = ["curation", "ownWords", "facts", "standards", "unknown", "groups", "citations"] as const;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "About" });
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/about") };
}

export default async function AboutPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("About");
  const [sources, approaches] = await Promise.all([listSourceDocuments(locale), listApproaches(locale)]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-lg text-slate-800">{t("intro")}</p>
      <p className="mt-2 text-slate-700" data-testid="about-last-updated">
        <LastUpdated />
      </p>

      <section className="mt-10" aria-labelledby="what-heading">
        <h2 id="what-heading" className="text-2xl font-semibold">
          {t("whatTitle")}
        </h2>
        <p className="mt-3">
          {t.rich("what", {
            catalogue: (chunks: ReactNode) => <TextLink href="/initiatives">{chunks}</TextLink>,
            gge: (chunks: ReactNode) => <TextLink href="/gge">{chunks}</TextLink>,
          })}
        </p>
      </section>

      <section className="mt-10" aria-labelledby="method-heading">
        <h2 id="method-heading" className="text-2xl font-semibold">
          {t("methodTitle")}
        </h2>
        <dl className="mt-3 space-y-4">
          {METHOD_POINTS.map((key) => (
            <div key={key}>
              <dt className="font-semibold">{t(`method.${key}.title`)}</dt>
              <dd className="mt-1">{t(`method.${key}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="mt-10" aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-2xl font-semibold">
          {t("sourcesTitle")}
        </h2>
        <p className="mt-3">{t("sourcesIntro")}</p>
        <SourceList sources={sources} />
      </section>

      <section className="mt-10" aria-labelledby="typology-heading">
        <h2 id="typology-heading" className="text-2xl font-semibold">
          {t("typologyTitle")}
        </h2>
        <p className="mt-3">{t("typologyIntro")}</p>
        <ApproachList approaches={approaches} />
      </section>
    </div>
  );
}
