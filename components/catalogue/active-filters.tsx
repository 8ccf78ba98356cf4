import { getFormatter, getTranslations } from "next-intl/server";
import type { Facets } from "@/lib/db/initiatives";
import { Link } from "@/lib/i18n/navigation";
import { catalogueQuery } from "@/lib/catalogue-query";
import type { InitiativeSearch } from "@/lib/validations/search";

const FACET_KEYS = ["country", "region", "donor", "partner", "theme", "target"] as const;

/** The result count and one removable chip per active filter. */
export async function ActiveFilters({ search, facets, total }: { search: InitiativeSearch; facets: Facets; total: number }) {
  const t = await getTranslations("Catalogue");
  const format = await getFormatter();
  const chips: { key: string; label: string; remove: Record<string, string> }[] = [];
  if (search.q) chips.push({ key: "q", label: t("chipQuery", { q: search.q }), remove: catalogueQuery(search, { q: undefined, page: undefined }) });
  for (const key of FACET_KEYS) {
    const value = search[key];
    if (!value) continue;
    const option = facets[key].find((o) => o.value === value);
    chips.push({ key, label: t("chipFilter", { label: t(`${key}Label`), value: option?.label ?? value }), remove: catalogueQuery(search, { [key]: undefined, page: undefined }) });
  }
  if (search.funder) chips.push({ key: "funder", label: t("chipFilter", { label: t("funderLabel"), value: search.funder }), remove: catalogueQuery(search, { funder: undefined, page: undefined }) });
  if (search.started !== undefined)
    chips.push({ key: "started", label: t("chipStarted", { year: String(search.started) }), remove: catalogueQuery(search, { started: undefined, page: undefined }) });
  if (search.from !== undefined || search.to !== undefined)
    chips.push({
      key: "period",
      label: t("chipFilter", { label: t("periodLegend"), value: `${search.from ?? "…"}–${search.to ?? "…"}` }),
      remove: catalogueQuery(search, { from: undefined, to: undefined, page: undefined }),
    });
  return (
    <div>
      <p className="text-xl font-semibold" data-testid="result-count">{t("resultCount", { count: total, formatted: format.number(total) })}</p>
      {chips.length ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("activeFilters")}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link href={{ pathname: "/initiatives", query: chip.remove }} className="inline-flex items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-white">
                <span>{chip.label}</span>
                <span aria-hidden="true">×</span>
                <span className="sr-only">{t("removeFilter")}</span>
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
