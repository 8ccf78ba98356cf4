import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  pathname: "/organisations" | "/countries";
  query: Record<string, string | undefined>;
  column: string;
  current?: string;
  direction: "asc" | "desc";
  defaultDirection: "asc" | "desc";
  align?: "left" | "right";
  children: ReactNode;
};

/** A column header that sorts the list on the server: a plain link, so it works without JavaScript. */
export async function SortHeader({ pathname, query, column, current, direction, defaultDirection, align = "left", children }: Props) {
  const t = await getTranslations("ListControls");
  const active = current === column;
  const next = active ? (direction === "asc" ? "desc" : "asc") : defaultDirection;
  const kept = Object.fromEntries(Object.entries({ ...query, sort: column, dir: next, page: undefined }).filter(([, value]) => value)) as Record<
    string,
    string
  >;
  return (
    <th
      scope="col"
      aria-sort={active ? (direction === "asc" ? "ascending" : "descending") : undefined}
      className={align === "right" ? "text-right" : "text-left"}
    >
      <Link href={{ pathname, query: kept }} className="inline-block min-h-6 py-0.5" data-testid={`sort-${column}`}>
        {children}
        <span aria-hidden="true" className="ml-1">
          {active ? (direction === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="sr-only"> {t(next === "asc" ? "sortAscending" : "sortDescending")}</span>
      </Link>
    </th>
  );
}
