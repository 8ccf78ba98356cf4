import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Facets, FacetOption } from "@/lib/db/initiatives";
import { getPathname } from "@/lib/i18n/navigation";
import { SEARCH_SORTS, MAX_QUERY_LENGTH, REACH_TIERS, type InitiativeSearch, type MultiValueKey } from "@/lib/validations/search";
import { EnhancedSearchForm } from "./enhanced-search-form";
import { COUNT_SLOT } from "@/lib/catalogue/preview-text";
import { FacetCheckboxes } from "./facet-checkboxes";
import { activeFilterCount } from "@/lib/catalogue/active-filter-count";
import { TextAnchor } from "@/components/ui/text-link";
import { plainMessage } from "@/lib/i18n/plain-message";

type Props = { search: InitiativeSearch; facets: Facets; total: number };

/** The catalogue's filters: a plain GET form, enhanced on the client by EnhancedSearchForm. */
export async function SearchForm({ search, facets, total }: Props) {
  const t = await getTranslations("Catalogue");
  const format = await getFormatter();
  const locale = await getLocale();
  const action = getPathname({ href: "/initiatives", locale });
  // Up to ~400 options per page: the message filled in directly, the counts through one number format.
  const formatOption = plainMessage(t.raw("facetOption") as string) ?? ((values: { label: string; count: string }) => t("facetOption", values));
  const formatCount = new Intl.NumberFormat(locale).format;
  const label = (option: FacetOption) => formatOption({ label: option.label, count: formatCount(option.count) });
  const regions = facets.region.filter((o) => o.kind === "m49-region");
  const groups = facets.region.filter((o) => o.kind !== "m49-region");
  const currentYear = new Date().getUTCFullYear();
  const activeFilters = activeFilterCount(search);
  // The live count's message per plural form (ja/en/fr use only these), the number filled in on the client.
  const previewTexts = {
    zero: t("previewCount", { count: 0, formatted: format.number(0) }),
    one: t("previewCount", { count: 1, formatted: COUNT_SLOT }),
    other: t("previewCount", { count: 2, formatted: COUNT_SLOT }),
  };
  const facet = (name: Exclude<MultiValueKey, "funder">) => {
    const selected = search[name] ?? [];
    return { name, label: t(`${name}Label`), selected, selectedLabel: t("selectedCount", { count: selected.length }), format: label };
  };
  const hiddenLabel = (hidden: number) => t("facetHidden", { count: hidden, formatted: format.number(hidden) });
  const moreCountries = { label: hiddenLabel, href: "/countries" as const, linkLabel: t("facetFindCountry") };
  const moreOrganisations = { label: hiddenLabel, href: "/organisations" as const, linkLabel: t("facetFindOrganisation") };
  return (
    <EnhancedSearchForm action={action} locale={locale} previewTexts={previewTexts} className="space-y-5" aria-label={t("filtersLabel")}>
      <div>
        <label htmlFor="q" className="block font-semibold">
          {t("queryLabel")}
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={search.q ?? ""}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="q-hint"
          className="mt-1 w-full rounded border border-slate-500 px-3 py-2"
        />
        <p id="q-hint" className="mt-1 text-sm text-slate-700">
          {t("queryHint")}
        </p>
      </div>
      {/* Collapsed on phones so that results come first; opened on wide screens by EnhancedSearchForm. */}
      <details data-filters className="rounded border border-slate-300 px-3 py-2">
        <summary className="cursor-pointer py-1 font-semibold" data-testid="filters-summary">
          {t("filtersSummary", { count: activeFilters, formatted: format.number(activeFilters) })}
        </summary>
        <fieldset className="mt-3 space-y-4">
          <legend className="sr-only">{t("filtersLegend")}</legend>
          <FacetCheckboxes {...facet("country")} options={facets.country} more={moreCountries} />
          <fieldset>
            <legend className="font-medium">{t("reachLegend")}</legend>
            <p id="reach-hint" className="text-sm text-slate-700">
              {t("reachHint")}
            </p>
            {REACH_TIERS.map((tier) => (
              <div key={tier} className="mt-1">
                <input
                  id={`reach-${tier}`}
                  type="radio"
                  name="reach"
                  value={tier}
                  defaultChecked={(search.reach ?? "direct") === tier}
                  aria-describedby="reach-hint"
                  className="me-2 size-4 align-middle"
                />
                <label htmlFor={`reach-${tier}`} className="align-middle">
                  {t(`reach.${tier}`)}
                </label>
              </div>
            ))}
          </fieldset>
          <FacetCheckboxes
            {...facet("region")}
            groups={[
              { label: t("regionGroupM49"), options: regions },
              { label: t("regionGroupPolitical"), options: groups },
            ]}
          />
          <FacetCheckboxes {...facet("donorCountry")} options={facets.donorCountry} more={moreCountries} />
          <FacetCheckboxes {...facet("donor")} options={facets.donor} more={moreOrganisations} />
          <FacetCheckboxes {...facet("partner")} options={facets.partner} more={moreOrganisations} />
          <FacetCheckboxes {...facet("theme")} options={facets.theme} indentChildren />
          <FacetCheckboxes {...facet("target")} options={facets.target} />
          {(search.funder ?? []).map((slug) => (
            <input key={slug} type="hidden" name="funder" value={slug} />
          ))}
          {search.started !== undefined ? <input type="hidden" name="started" value={search.started} /> : null}
          <fieldset>
            <legend className="font-medium">{t("periodLegend")}</legend>
            <p id="period-hint" className="text-sm text-slate-700">
              {t("periodHint")}
            </p>
            <div className="mt-1 flex gap-3">
              <div>
                <label htmlFor="from" className="block text-sm">
                  {t("fromLabel")}
                </label>
                <input
                  id="from"
                  name="from"
                  type="number"
                  inputMode="numeric"
                  min={1900}
                  max={2100}
                  placeholder="2010"
                  defaultValue={search.from ?? ""}
                  aria-describedby="period-hint"
                  className="mt-1 w-24 rounded border border-slate-500 px-2 py-1"
                />
              </div>
              <div>
                <label htmlFor="to" className="block text-sm">
                  {t("toLabel")}
                </label>
                <input
                  id="to"
                  name="to"
                  type="number"
                  inputMode="numeric"
                  min={1900}
                  max={2100}
                  placeholder={String(currentYear)}
                  defaultValue={search.to ?? ""}
                  aria-describedby="period-hint"
                  className="mt-1 w-24 rounded border border-slate-500 px-2 py-1"
                />
              </div>
            </div>
          </fieldset>
        </fieldset>
        {/* Sorting sits in the disclosure too, so that on a phone the first results are within the first screen. */}
        <div className="mt-4">
          <label htmlFor="sort" className="block font-semibold">
            {t("sortLabel")}
          </label>
          <select id="sort" name="sort" defaultValue={search.sort ?? ""} className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-2">
            <option value="">{t("sortDefault")}</option>
            {SEARCH_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <TextAnchor href={action}>{t("reset")}</TextAnchor>
      </div>
      <p className="sr-only text-sm text-slate-700 lg:not-sr-only" aria-live="polite" data-live-count>
        {t("resultCount", { count: total, formatted: format.number(total) })}
      </p>
    </EnhancedSearchForm>
  );
}
