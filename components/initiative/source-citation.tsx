import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { formatCitation } from "@/lib/citations/format";
import { TextAnchor, TextLink } from "@/components/ui/text-link";

type Source = {
  slug: string;
  title: string;
  citeAs: string;
  author: string | null;
  publisher: string;
  date: string;
  url: string | null;
  locator: string;
  line: number | null;
};

/**
 * Where the record comes from, as a reader cites it ("Murakami (2018), Appendix 1, row 57"), linked to the
 * page about the document; the line of the text version is only a detail for auditors.
 */
export async function SourceCitation({ source }: { source: Source }) {
  const t = await getTranslations("Initiative");
  const locale = (await getLocale()) as Locale;
  const citation = formatCitation(source, source.locator, locale);
  return (
    <section className="mt-10 rounded border-l-4 border-brand-700 bg-brand-50 p-4" aria-labelledby="heading-source">
      <h2 id="heading-source" className="text-xl font-semibold">
        {t("source")}
      </h2>
      <p className="mt-2" data-testid="citation">
        <TextLink href={`/sources/${source.slug}`}>{citation.work}</TextLink>
        {locale === "ja" ? "" : ", "}
        <span lang={citation.locator.lang}>{citation.locator.text}</span>
      </p>
      <p className="mt-1 text-sm text-slate-700">
        {source.author ? `${source.author}, ` : `${source.publisher}, `}
        <cite>{source.url ? <TextAnchor href={source.url}>{source.title}</TextAnchor> : source.title}</cite>
      </p>
      {source.line ? (
        <details className="mt-1 text-sm text-slate-700">
          <summary className="cursor-pointer">{t("sourceDetails")}</summary>
          <p>{t("sourceLine", { line: source.line })}</p>
        </details>
      ) : null}
      <p className="mt-1 text-sm text-slate-700">{t("summaryNote")}</p>
    </section>
  );
}
