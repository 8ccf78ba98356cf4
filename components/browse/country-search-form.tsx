import { getLocale, getTranslations } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";

/** A plain GET form: works without JavaScript and gives shareable URLs. */
export async function CountrySearchForm({ q, sort }: { q?: string; sort?: string }) {
  const t = await getTranslations("Countries");
  const locale = await getLocale();
  return (
    <form
      method="get"
      action={getPathname({ href: "/countries", locale })}
      role="search"
      aria-label={t("searchLabel")}
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <div className="min-w-0 max-w-full">
        <label htmlFor="country-q" className="block font-medium">
          {t("searchLabel")}
        </label>
        <input id="country-q" name="q" type="search" defaultValue={q} maxLength={100} className="mt-1 max-w-full rounded border border-slate-500 px-3 py-2" />
      </div>
      <div className="min-w-0 max-w-full">
        <label htmlFor="country-sort" className="block font-medium">
          {t("sortLabel")}
        </label>
        <select id="country-sort" name="sort" defaultValue={sort ?? "name"} className="mt-1 max-w-full rounded border border-slate-500 bg-white px-3 py-2">
          <option value="name">{t("sortName")}</option>
          <option value="count">{t("sortCount")}</option>
          <option value="donor">{t("sortDonor")}</option>
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("apply")}
      </button>
    </form>
  );
}
