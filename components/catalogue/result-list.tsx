import { getFormatter, getTranslations } from "next-intl/server";
import type { SearchResult } from "@/lib/db/initiatives";
import type { InitiativeSearch } from "@/lib/validations/search";
import { ResultCard } from "./result-card";
import { TextLink } from "@/components/ui/text-link";

/** `back` is the list's query string, carried to each detail page so that its "← All initiatives" returns here. */
export async function ResultList({ result, search, back }: { result: SearchResult; search: InitiativeSearch; back?: string }) {
  const t = await getTranslations("Catalogue");
  const format = await getFormatter();
  if (result.total === 0) {
    return (
      <div className="mt-6 rounded border border-slate-300 bg-slate-50 p-6" role="status">
        <p className="text-lg font-semibold">{t("emptyTitle")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
          {search.q ? <li>{t("emptyCheckSpelling")}</li> : null}
          <li>{t("emptyRemoveFilters")}</li>
          <li>{t("emptyOtherLanguage")}</li>
        </ul>
        <p className="mt-4">
          <TextLink href="/initiatives">{t("emptyBrowseAll")}</TextLink>
        </p>
      </div>
    );
  }
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  return (
    <>
      <p className="mt-4 text-sm text-slate-700">
        {t("showingRange", { first: format.number(first), last: format.number(last), total: format.number(result.total) })}
      </p>
      <ol className="mt-3 space-y-4" aria-label={t("resultsHeading")}>
        {result.items.map((item) => (
          <li key={item.slug}>
            <ResultCard item={item} back={back} />
          </li>
        ))}
      </ol>
    </>
  );
}
