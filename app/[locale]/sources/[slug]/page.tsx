import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getSourceDocument } from "@/lib/db/sources";
import { alternates } from "@/lib/i18n/alternates";
import { PartialDate } from "@/components/gge/partial-date";
import { SourceRecords } from "@/components/about/source-records";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { IgnoredQuery, ignoredKeys } from "@/components/browse/ignored-query";
import { sourcePageQuerySchema } from "@/lib/validations/browse";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Once per request: generateMetadata and the page both need it.
const loadSource = cache(getSourceDocument);

async function parse(props: Props) {
  const { locale, slug } = await props.params;
  const raw = await props.searchParams;
  const query = sourcePageQuerySchema.parse(raw);
  return { locale, slug, page: query.page ?? 1, ignored: ignoredKeys(raw, query) };
}

export async function generateMetadata(props: Props) {
  const { locale, slug, page } = await parse(props);
  const source = await loadSource(slug, locale, page);
  if (!source) return {};
  const kept = source.initiativePage > 1 ? { page: String(source.initiativePage) } : undefined;
  return { title: source.title, description: source.contribution, alternates: alternates(locale, `/sources/${slug}`, kept) };
}

/** About one source document: what it is, what the portal took from it and every record that cites it. */
export default async function SourcePage(props: Props) {
  const { locale, slug, page, ignored } = await parse(props);
  setRequestLocale(locale);
  const source = await loadSource(slug, locale, page);
  if (!source) notFound();
  const t = await getTranslations("Source");
  const about = await getTranslations("About");
  return (
    <article className="mx-auto max-w-4xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/about">{t("allSources")}</TextLink>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{source.title}</h1>
      <IgnoredQuery keys={ignored} />
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("citeAs")}</dt>
        <dd data-testid="cite-as">{locale === "ja" ? `${source.citeAs}(${source.date.slice(0, 4)})` : `${source.citeAs} (${source.date.slice(0, 4)})`}</dd>
        {source.author ? (
          <>
            <dt className="font-semibold">{t("author")}</dt>
            <dd>{source.author}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("publisher")}</dt>
        <dd>{source.publisher}</dd>
        <dt className="font-semibold">{t("date")}</dt>
        <dd>
          <PartialDate value={source.date} />
        </dd>
        <dt className="font-semibold">{t("kind")}</dt>
        <dd>
          {about("kind", { kind: source.kind.replace(/-/g, "") })}, {about("language", { language: source.language })}
        </dd>
        {source.url ? (
          <>
            <dt className="font-semibold">{t("url")}</dt>
            <dd>
              <TextAnchor href={source.url}>{source.url}</TextAnchor>
            </dd>
          </>
        ) : null}
      </dl>
      <section className="mt-8" aria-labelledby="taken-heading">
        <h2 id="taken-heading" className="text-2xl font-semibold">
          {t("takenHeading")}
        </h2>
        <p className="mt-2">{source.contribution}</p>
        <p className="mt-2 text-sm text-slate-700">{t("method")}</p>
      </section>
      <SourceRecords source={source} />
    </article>
  );
}
