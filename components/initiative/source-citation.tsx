import { getTranslations } from "next-intl/server";
import { TextAnchor } from "@/components/ui/text-link";

type Source = { slug: string; title: string; author: string | null; publisher: string; date: string; url: string | null; locator: string; line: number | null };

/** Where the record comes from: document, author or publisher, date and the exact place in it. */
export async function SourceCitation({ source, appendixRow }: { source: Source; appendixRow: number | null }) {
  const t = await getTranslations("Initiative");
  return (
    <section className="mt-10 rounded border-l-4 border-brand-700 bg-brand-50 p-4" aria-labelledby="heading-source">
      <h2 id="heading-source" className="text-xl font-semibold">{t("source")}</h2>
      <p className="mt-2" data-testid="citation">
        {source.author ? `${source.author}, ` : `${source.publisher}, `}
        <cite>{source.url ? <TextAnchor href={source.url}>{source.title}</TextAnchor> : source.title}</cite>
        {` (${source.date}), `}
        <span>{appendixRow ? t("appendixRow", { row: appendixRow }) : source.locator}</span>
      </p>
      {source.line ? <p className="mt-1 text-sm text-slate-700">{t("sourceLine", { line: source.line })}</p> : null}
      <p className="mt-1 text-sm text-slate-700">{t("summaryNote")}</p>
    </section>
  );
}
