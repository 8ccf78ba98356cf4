import { getFormatter, getTranslations } from "next-intl/server";
import type { listSourceDocuments } from "@/lib/db/sources";
import { PartialDate } from "@/components/gge/partial-date";
import { TextAnchor, TextLink } from "@/components/ui/text-link";

type Source = Awaited<ReturnType<typeof listSourceDocuments>>[number];
const COUNT_KEYS = ["initiatives", "organisations", "ggeSessions", "ggeDocuments", "approaches", "events"] as const;

/** The source documents, what each contributed, and how many records of each kind cite it. */
export async function SourceList({ sources }: { sources: Source[] }) {
  const t = await getTranslations("About");
  const format = await getFormatter();
  return (
    <ul className="mt-4 space-y-6">
      {sources.map((source) => (
        <li key={source.slug} className="rounded border border-slate-300 p-4" data-testid={`source-${source.slug}`}>
          <h3 className="text-lg font-semibold">
            <TextLink href={`/sources/${source.slug}`}>{source.title}</TextLink>
          </h3>
          <p className="text-sm text-slate-700">
            {[source.author, source.publisher].filter(Boolean).join(" · ")} · <PartialDate value={source.date} /> ·{" "}
            {t("kind", { kind: source.kind.replace(/-/g, "") })} · {t("language", { language: source.language })}
          </p>
          {source.url ? (
            <p className="mt-1 text-sm">
              <TextAnchor href={source.url}>{source.url}</TextAnchor>
            </p>
          ) : null}
          <p className="mt-2">
            <span className="font-medium">{t("contributed")}</span> {source.contribution}
          </p>
          <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
            {COUNT_KEYS.filter((key) => source.counts[key] > 0).map((key) => (
              <div key={key} className="flex gap-1">
                <dt>{t(`count.${key}`)}</dt>
                <dd className="font-semibold" data-testid={`count-${key}`}>
                  {format.number(source.counts[key])}
                </dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}
