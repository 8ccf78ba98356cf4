import { routing } from "./routing";

/** hreflang alternates and canonical URL for a page path (without locale), keeping its query. */
export function alternates(locale: string, path: string, query?: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  const search = params.size ? `?${params}` : "";
  const suffix = path === "/" ? "" : path;
  const languages: Record<string, string> = Object.fromEntries(routing.locales.map((l) => [l, `/${l}${suffix}${search}`]));
  languages["x-default"] = `/${routing.defaultLocale}${suffix}${search}`;
  return { canonical: `/${locale}${suffix}${search}`, languages };
}
