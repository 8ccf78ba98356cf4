import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { pageQuery, pageWindow, type ListQuery } from "@/lib/pagination";

type Props = {
  pathname: "/initiatives" | "/organisations" | "/countries" | `/sources/${string}`;
  /** The list's filters and sort, which every page link keeps. */
  query: ListQuery;
  page: number;
  pageCount: number;
};

const linkClass = "inline-block min-w-10 rounded border border-slate-400 px-3 py-1 text-center text-brand-700 hover:bg-brand-50";

/** Page links of a list (previous, the first, a window around the current page, the last, next): plain links, no script needed. */
export async function Pagination({ pathname, query, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("Pagination");
  const format = await getFormatter();
  const href = (target: number) => ({ pathname, query: pageQuery(query, target) });
  const pages = pageWindow(page, pageCount);
  return (
    <nav aria-label={t("label")} className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link className={linkClass} href={href(page - 1)} rel="prev">
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {pages.map((p, index) => (
          <li key={p} className="flex items-center gap-2">
            {index > 0 && p - pages[index - 1] > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="inline-block min-w-10 rounded bg-brand-700 px-3 py-1 text-center font-semibold text-white">
                <span className="sr-only">{t("page")} </span>
                {format.number(p)}
              </span>
            ) : (
              <Link className={linkClass} href={href(p)} aria-label={t("goToPage", { page: format.number(p) })}>
                {format.number(p)}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link className={linkClass} href={href(page + 1)} rel="next">
              {t("next")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
