import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { organisationFilterOptions } from "@/lib/db/organisations";

type Options = Awaited<ReturnType<typeof organisationFilterOptions>>;

/** Filters by type and home country as a plain GET form (works without JavaScript). */
type Props = { type?: string; country?: string; q?: string; sort?: string; dir?: string; options: Options };

export async function OrganisationFilterForm({ type, country, q, sort, dir, options }: Props) {
  const t = await getTranslations("Organisations");
  const locale = await getLocale();
  const format = await getFormatter();
  const select = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" action={getPathname({ href: "/organisations", locale })} aria-label={t("filtersLabel")} className="mt-6 flex flex-wrap items-end gap-3">
      <div className="min-w-0">
        <label htmlFor="org-q" className="block font-medium">
          {t("searchLabel")}
        </label>
        <input id="org-q" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      {sort ? <input type="hidden" name="sort" value={sort} /> : null}
      {dir ? <input type="hidden" name="dir" value={dir} /> : null}
      <div className="min-w-0">
        <label htmlFor="org-type" className="block font-medium">
          {t("typeLabel")}
        </label>
        <select id="org-type" name="type" defaultValue={type ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {options.types.map((option) => (
            <option key={option.value} value={option.value}>
              {t("option", { label: t(`type.${option.value as "government"}`), count: format.number(option.count) })}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="org-country" className="block font-medium">
          {t("countryLabel")}
        </label>
        <select id="org-country" name="country" defaultValue={country ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {options.countries.map((option) => (
            <option key={option.value} value={option.value}>
              {t("option", { label: option.label, count: format.number(option.count) })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
    </form>
  );
}
