import { getTranslations } from "next-intl/server";
import type { GgeTopic } from "@/lib/db/gge";

type Group = { topic: GgeTopic; points: { id: number; paragraphs: string | null; text: string }[] };

/** Key points of a document under one heading per topic, each with the paragraphs it summarises. */
export async function KeyPointGroups({ groups }: { groups: Group[] }) {
  const t = await getTranslations("GgeReport");
  return (
    <>
      {groups.map((group) => (
        <section key={group.topic} id={group.topic} className="mt-8" aria-labelledby={`topic-${group.topic}`} data-testid={`topic-${group.topic}`}>
          <h2 id={`topic-${group.topic}`} className="text-xl font-semibold">
            {t(`topic.${group.topic}`)}
          </h2>
          <ul className="mt-3 space-y-3">
            {group.points.map((point) => (
              <li key={point.id} className="border-l-4 border-brand-700 pl-3">
                <p className="text-sm font-semibold text-slate-700">{point.paragraphs ? t("paragraphs", { ref: point.paragraphs }) : t("paragraphsUnknown")}</p>
                <p>{point.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
