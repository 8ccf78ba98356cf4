import { getFormatter, getTranslations } from "next-intl/server";
import { GGE_TOPICS, type getGgeComparison } from "@/lib/db/gge";
import { PartialDate } from "./partial-date";
import { TextLink } from "@/components/ui/text-link";

type Documents = Awaited<ReturnType<typeof getGgeComparison>>["documents"];

/** What each document says per topic: a count table, then the key points side by side. */
export async function TopicComparison({ documents }: { documents: Documents }) {
  const t = await getTranslations("GgeCompare");
  const tr = await getTranslations("GgeReport");
  const format = await getFormatter();
  return (
    <>
      <div className="relative mt-4 overflow-x-auto" role="region" aria-label={t("topicsCaption")} tabIndex={0}>
        <table className="border-collapse text-sm" data-testid="topic-table">
          <caption className="text-left font-semibold">{t("topicsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="border px-2 py-1 text-left">
                {t("topic")}
              </th>
              {documents.map((d) => (
                <th key={d.slug} scope="col" className="border px-2 py-1">
                  <TextLink href={`/gge/${d.slug}`}>{d.symbol}</TextLink>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GGE_TOPICS.map((topic) => (
              <tr key={topic}>
                <th scope="row" className="border px-2 py-1 text-left font-normal">
                  {tr(`topic.${topic}`)}
                </th>
                {documents.map((d) => (
                  <td key={d.slug} className="border px-2 py-1 text-center">
                    {d.topics[topic].count ? <TextLink href={`/gge/${d.slug}#${topic}`}>{format.number(d.topics[topic].count)}</TextLink> : "0"}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {GGE_TOPICS.filter((topic) => topic !== "other").map((topic) => (
        <section key={topic} className="mt-8" aria-labelledby={`cmp-${topic}`}>
          <h3 id={`cmp-${topic}`} className="text-xl font-semibold">
            {tr(`topic.${topic}`)}
          </h3>
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            {documents
              .filter((d) => d.topics[topic].points.length)
              .map((d) => (
                <div key={d.slug} className="rounded border border-slate-300 p-3 text-sm">
                  <h4 className="font-semibold">
                    <TextLink href={`/gge/${d.slug}#${topic}`}>{d.symbol}</TextLink> (<PartialDate value={d.date} />)
                  </h4>
                  <ul className="mt-2 space-y-2">
                    {d.topics[topic].points.map((p) => (
                      <li key={p.id}>
                        {p.paragraphs ? <span className="font-semibold">{tr("paragraphs", { ref: p.paragraphs })} </span> : null}
                        {p.text}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
          </div>
          {documents.some((d) => !d.topics[topic].points.length) ? (
            <p className="mt-2 text-sm italic text-slate-700">
              {t("nothingOnTopicIn", {
                symbols: documents
                  .filter((d) => !d.topics[topic].points.length)
                  .map((d) => d.symbol)
                  .join(", "),
              })}
            </p>
          ) : null}
        </section>
      ))}
    </>
  );
}
