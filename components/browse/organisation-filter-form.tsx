import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { organisationFilterOptions } from "@/lib/db/organisations";

type Options = Awaited<ReturnType<typeof organisationFilterOptions>>;

/** Filters by type and home country as a plain GET form (works without JavaScript). */
export async function OrganisationFilterForm({ type, country, options }: { type?: string; country?: string; options: Options }) {
  const t = await getTranslations("Organisations");
  const locale = await getLocale();
  const format = await getFormatter();
  const select = "mt-1 rounded border border-slate-500 bg-white px-3 py-2";
  return (
    <form method="get" action={getPathname({ href: "/organisations", locale })} aria-label={t("filtersLabel")} className="mt-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="org-type" className="block font-medium">{t("typeLabel")}</label>
        <select id="org-type" name="type" defaultValue={type ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {options.types.map((option) => (
            <option key={option.value} value={option.value}>{t("option", { label: t(`type.${option.value as "government"}`), count: format.number(option.count) })}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="org-country" className="block font-medium">{t("countryLabel")}</label>
        <select id="org-country" name="country" defaultValue={country ?? ""} className={select}>
          <option value="">{t("any")}</option>
          {options.countries.map((option) => (
            <option key={option.value} value={option.value}>{t("option", { label: option.label, count: format.number(option.count) })}</option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("apply")}</button>
    </form>
  );
}
