import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getGgeDocument } from "@/lib/db/gge";
import { alternates } from "@/lib/i18n/alternates";
import { KeyPointGroups } from "@/components/gge/key-point-groups";
import { PartialDate } from "@/components/gge/partial-date";
import { ggeDocumentCitable } from "@/lib/api/citables";
import { CiteBlock } from "@/components/open-data/cite-block";
import { socialMetadata } from "@/lib/open-data/social-metadata";
import { TextLink, TextAnchor } from "@/components/ui/text-link";
import { translateLocator } from "@/lib/citations/locator";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const doc = await getGgeDocument(slug, locale);
  if (!doc) return {};
  const citable = (await ggeDocumentCitable(slug, locale))!;
  const social = socialMetadata({ title: citable.title, description: doc.summary, url: citable.url, siteName: citable.portal, locale, type: "article" });
  return { title: `${doc.symbol} — ${doc.title}`, description: doc.summary, alternates: alternates(locale, `/gge/${slug}`), ...social };
}

export default async function GgeReportPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const doc = await getGgeDocument(slug, locale);
  if (!doc) notFound();
  const t = await getTranslations("GgeReport");
  const tg = await getTranslations("Gge");
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/gge">{t("back")}</TextLink>
      </nav>
      <p className="mt-3 font-mono text-lg font-semibold text-brand-800" data-testid="symbol">
        {doc.symbol}
      </p>
      <h1 className="mt-1 text-3xl font-bold">{doc.title}</h1>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("symbol")}</dt>
        <dd>{doc.symbol}</dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>{t(`kindValue.${doc.kind === "resolution" ? "resolution" : "report"}`)}</dd>
        <dt className="font-semibold">{t("date")}</dt>
        <dd>
          <PartialDate value={doc.date} />
        </dd>
        {doc.session ? (
          <>
            <dt className="font-semibold">{t("session")}</dt>
            <dd>
              <TextLink href={`/gge#${doc.session.slug}-heading`}>
                {tg("sessionTitle", { number: doc.session.number, start: String(doc.session.startYear), end: String(doc.session.endYear) })}
              </TextLink>{" "}
              — {tg(`outcome.${doc.session.outcome === "consensus-report" ? "consensus" : "none"}`)}
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("original")}</dt>
        <dd>
          {doc.url ? (
            <TextAnchor href={doc.url} data-testid="original-link">
              {t("readOriginal", { symbol: doc.symbol })}
            </TextAnchor>
          ) : (
            t("noOriginal")
          )}
        </dd>
      </dl>

      <section className="mt-8" aria-labelledby="summary-heading">
        <h2 id="summary-heading" className="text-xl font-semibold">
          {t("summary")}
        </h2>
        <p className="mt-2 text-lg">{doc.summary}</p>
        <p className="mt-2 text-sm text-slate-700">{t("ownWords")}</p>
      </section>

      <nav aria-label={t("topicsNav")} className="mt-8">
        <h2 className="text-xl font-semibold">{t("keyPoints", { count: doc.keyPointCount })}</h2>
        <ul className="mt-2 flex flex-wrap gap-3 text-sm">
          {doc.groups.map((group) => (
            <li key={group.topic}>
              <TextAnchor href={`#${group.topic}`}>
                {t(`topic.${group.topic}`)} ({group.points.length})
              </TextAnchor>
            </li>
          ))}
        </ul>
      </nav>
      <KeyPointGroups groups={doc.groups} />

      <p className="mt-10 text-sm text-slate-700">{t("source", { title: doc.source.title, locator: translateLocator(doc.source.locator, locale).text })}</p>
      <CiteBlock citable={(await ggeDocumentCitable(slug, locale))!} apiPath={`/api/v1/gge/${doc.slug}/cite`} locale={locale} />
      <p className="mt-2">
        <TextLink href="/gge/compare">{tg("compareLink")}</TextLink>
      </p>
    </article>
  );
}
