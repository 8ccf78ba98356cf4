import { getFormatter, getTranslations } from "next-intl/server";
import type { Facets } from "@/lib/db/initiatives";
import { Link } from "@/lib/i18n/navigation";
import { catalogueQuery, withoutValue } from "@/lib/catalogue-query";
import type { InitiativeSearch } from "@/lib/validations/search";

const FACET_KEYS = ["country", "region", "donorCountry", "donor", "partner", "theme", "target"] as const;

/** The result count and one removable chip per active filter. */
export async function ActiveFilters({ search, facets, total }: { search: InitiativeSearch; facets: Facets; total: number }) {
  const t = await getTranslations("Catalogue");
  const format = await getFormatter();
  const chips: { key: string; label: string; remove: Record<string, string | string[]> }[] = [];
  if (search.q) chips.push({ key: "q", label: t("chipQuery", { q: search.q }), remove: catalogueQuery(search, { q: undefined, page: undefined }) });
  for (const key of FACET_KEYS)
    for (const value of search[key] ?? []) {
      const option = facets[key].find((o) => o.value === value);
      chips.push({
        key: `${key}-${value}`,
        label: t("chipFilter", { label: t(`${key}Label`), value: option?.label ?? value }),
        remove: withoutValue(search, key, value),
      });
    }
  for (const value of search.funder ?? [])
    chips.push({ key: `funder-${value}`, label: t("chipFilter", { label: t("funderLabel"), value }), remove: withoutValue(search, "funder", value) });
  if (search.reach && search.reach !== "direct")
    chips.push({
      key: "reach",
      label: t("chipReach", { reach: t(`reach.${search.reach}`) }),
      remove: catalogueQuery(search, { reach: undefined, page: undefined }),
    });
  if (search.started !== undefined)
    chips.push({
      key: "started",
      label: t("chipStarted", { year: String(search.started) }),
      remove: catalogueQuery(search, { started: undefined, page: undefined }),
    });
  if (search.from !== undefined || search.to !== undefined)
    chips.push({
      key: "period",
      label: t("chipFilter", { label: t("periodLegend"), value: `${search.from ?? "…"}–${search.to ?? "…"}` }),
      remove: catalogueQuery(search, { from: undefined, to: undefined, page: undefined }),
    });
  return (
    <div>
      <p className="text-xl font-semibold" data-testid="result-count">
        {t("resultCount", { count: total, formatted: format.number(total) })}
      </p>
      {chips.length ? (
        <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("activeFilters")}>
          {chips.map((chip) => (
            <li key={chip.key}>
              <Link
                href={{ pathname: "/initiatives", query: chip.remove }}
                className="inline-flex items-center gap-1 rounded-full border border-brand-700 bg-brand-50 px-3 py-1 text-sm text-brand-800 hover:bg-white"
              >
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
