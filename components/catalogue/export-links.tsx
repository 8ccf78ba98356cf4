import { getTranslations } from "next-intl/server";
import { catalogueQuery, toSearchParams } from "@/lib/catalogue-query";
import type { InitiativeSearch } from "@/lib/validations/search";
import { TextAnchor } from "@/components/ui/text-link";

const FORMATS = [
  { format: "csv", label: "exportCsv" },
  { format: "xlsx", label: "exportXlsx" },
  { format: "json", label: "exportJson" },
  { format: "iati", label: "exportIati" },
] as const;

/** The API address of the current search for an open-data route (filters without page and sort). */
export function searchApiHref(path: string, search: InitiativeSearch, extra: Record<string, string> = {}) {
  const query = toSearchParams({ ...catalogueQuery(search, { page: undefined, sort: undefined }), ...extra, locale: search.locale });
  return `${path}?${query}`;
}

/** Plain download links for the current search (no JavaScript needed) and its Atom feed. */
export async function ExportLinks({ search }: { search: InitiativeSearch }) {
  const t = await getTranslations("OpenData");
  return (
    <nav aria-labelledby="export-heading" className="mt-3 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm" data-testid="export-links">
      <h3 id="export-heading" className="font-semibold text-slate-800">
        {t("exportLabel")}
      </h3>
      <ul className="flex flex-wrap gap-x-3">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <TextAnchor className="hover:text-brand-800" href={searchApiHref("/api/v1/initiatives/export", search, { format })} download>
              {t(label)}
            </TextAnchor>
          </li>
        ))}
        <li>
          <TextAnchor className="hover:text-brand-800" href={searchApiHref("/api/v1/initiatives/feed", search)} type="application/atom+xml">
            {t("feedLink")}
          </TextAnchor>
        </li>
      </ul>
    </nav>
  );
}
