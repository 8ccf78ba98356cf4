import type { Locale } from "./locales";

type Query = Record<string, string | number | boolean | readonly (string | number)[] | null | undefined>;
export type LocalizedHref = string | { pathname: string; query?: Query; hash?: string };

/** "/countries" + query in a locale: "/fr/countries?q=…" (every locale is prefixed, see routing.ts). */
export function localizeHref(href: LocalizedHref, locale: Locale): string {
  const { pathname, query, hash } = typeof href === "string" ? { pathname: href, query: undefined, hash: undefined } : href;
  // External, protocol-relative and relative links are left alone.
  if (!pathname.startsWith("/") || pathname.startsWith("//")) return pathname;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {}))
    for (const item of Array.isArray(value) ? value : [value]) if (item !== undefined && item !== null) params.append(key, String(item));
  const search = params.size ? `?${params}` : "";
  return `/${locale}${pathname === "/" ? "" : pathname}${search}${hash ? `#${hash.replace(/^#/, "")}` : ""}`;
}
