import { getFormatter, getTranslations } from "next-intl/server";
import type { Citable } from "@/lib/open-data/citation";
import type { Locale } from "@/lib/validations/common";
import { TextAnchor } from "@/components/ui/text-link";

const FORMATS = [
  { format: "bibtex", label: "citeBibtex" },
  { format: "ris", label: "citeRis" },
  { format: "csl", label: "citeCsl" },
] as const;

/** "Cite this record": a citation in the page's language and downloads for reference managers. */
export async function CiteBlock({ citable, apiPath, locale }: { citable: Citable; apiPath: string; locale: Locale }) {
  const t = await getTranslations("OpenData");
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const values = { portal: citable.portal, title: citable.title, url: citable.url, source: citable.source, accessed: date(citable.accessed) };
  return (
    <section className="mt-8 rounded border border-slate-300 p-4" aria-labelledby="heading-cite" data-testid="cite-block">
      <h2 id="heading-cite" className="text-xl font-semibold">
        {t("citeHeading")}
      </h2>
      <p className="mt-2 break-words" data-testid="cite-text">
        {citable.updated ? t("citeText", { ...values, updated: date(citable.updated) }) : t("citeTextUndated", values)}
      </p>
      <h3 id="cite-downloads" className="mt-3 text-sm font-semibold">
        {t("citeDownloads")}
      </h3>
      <ul className="mt-1 flex flex-wrap gap-x-4 text-sm" aria-labelledby="cite-downloads">
        {FORMATS.map(({ format: f, label }) => (
          <li key={f}>
            <TextAnchor href={`${apiPath}?format=${f}&locale=${locale}`} download>
              {t(label)}
            </TextAnchor>
          </li>
        ))}
      </ul>
    </section>
  );
}
