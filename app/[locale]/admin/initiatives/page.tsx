import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { ADMIN_PAGE_SIZE, listAdminInitiatives } from "@/lib/db/admin-initiatives";
import { adminListQuerySchema } from "@/lib/validations/admin-query";
import { Link } from "@/lib/i18n/navigation";
import { INITIATIVE_STATUSES } from "@/lib/validations/initiative";
import { inputClass, labelClass, secondaryButtonClass } from "@/components/admin/form-styles";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminInitiatives" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AdminInitiativesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives`);
  const query = adminListQuerySchema.parse(await searchParams);
  const { total, items } = await listAdminInitiatives({ ...query, locale });
  const t = await getTranslations("AdminInitiatives");
  const tf = await getTranslations("AdminForm");
  const format = await getFormatter();
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  const href = (page: number) =>
    `/admin/initiatives?${new URLSearchParams({ ...(query.q ? { q: query.q } : {}), ...(query.status ? { status: query.status } : {}), page: String(page) })}`;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="flex gap-3">
          <Link className={secondaryButtonClass} href="/admin/initiatives/new">
            {t("new")}
          </Link>
          <a className={secondaryButtonClass} href="/api/v1/admin/initiatives.csv">
            {t("export")}
          </a>
        </p>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3" role="search">
        <div>
          <label className={labelClass} htmlFor="q">
            {t("search")}
          </label>
          <input id="q" name="q" defaultValue={query.q} className={inputClass} />
        </div>
        <div>
          <label className={labelClass} htmlFor="status">
            {t("status")}
          </label>
          <select id="status" name="status" defaultValue={query.status ?? ""} className={inputClass}>
            <option value="">{t("anyStatus")}</option>
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {tf(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={secondaryButtonClass}>
          {t("filter")}
        </button>
      </form>
      <p className="mt-4" data-testid="admin-count">
        {t("count", { count: total })}
      </p>
      <table className="mt-2 w-full border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b p-2">
              {t("name")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("status")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("version")}
            </th>
            <th scope="col" className="border-b p-2">
              {t("updated")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.slug}>
              <td className="border-b p-2">
                <TextLink href={`/admin/initiatives/${item.slug}/edit`} lang={item.name?.locale}>
                  {item.name?.text ?? item.slug}
                </TextLink>
                <div className="text-xs text-slate-700">
                  <code>{item.slug}</code>
                </div>
              </td>
              <td className="border-b p-2">{tf(`statuses.${item.status}`)}</td>
              <td className="border-b p-2">{item.version}</td>
              <td className="border-b p-2">{format.dateTime(item.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4 flex gap-4">
          {query.page > 1 ? <TextLink href={href(query.page - 1)}>{t("previous")}</TextLink> : null}
          <span>{t("pageOf", { page: query.page, pages })}</span>
          {query.page < pages ? <TextLink href={href(query.page + 1)}>{t("next")}</TextLink> : null}
        </nav>
      ) : null}
    </>
  );
}
