import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { publicPages } from "@/lib/db/sitemap";

// GET /sitemap.xml - every public page in each language, with its hreflang alternates
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (locale: string, path: string) => `${env.SITE_URL}/${locale}${path === "/" ? "" : path}`;
  const pages = await publicPages();
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: url(locale, path),
      lastModified,
      alternates: { languages: { ...Object.fromEntries(routing.locales.map((l) => [l, url(l, path)])), "x-default": url(routing.defaultLocale, path) } },
    })),
  );
}
