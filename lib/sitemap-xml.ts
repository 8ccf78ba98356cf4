import { xmlEscape } from "./open-data/xml";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const lastmod = (date: Date | undefined) => (date ? `<lastmod>${date.toISOString()}</lastmod>` : "");

/** A sitemap index (sitemaps.org 0.9): the sitemap files, each with the date its content last changed. */
export function sitemapIndexXml(files: { url: string; lastModified?: Date }[]): string {
  const entries = files.map((file) => `<sitemap><loc>${xmlEscape(file.url)}</loc>${lastmod(file.lastModified)}</sitemap>`);
  return `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`;
}

/**
 * A sitemap of pages in every locale: one URL per page and locale, each listing every locale's version
 * and the default one as hreflang alternates (absolute URLs, as search engines require).
 */
export function urlSetXml(pages: { path: string; lastModified?: Date }[], site: string, locales: readonly string[], defaultLocale: string): string {
  const url = (locale: string, path: string) => xmlEscape(`${site}/${locale}${path === "/" ? "" : path}`);
  const entries = pages.flatMap(({ path, lastModified }) => {
    const alternates =
      locales.map((l) => `<xhtml:link rel="alternate" hreflang="${xmlEscape(l)}" href="${url(l, path)}"/>`).join("") +
      `<xhtml:link rel="alternate" hreflang="x-default" href="${url(defaultLocale, path)}"/>`;
    return locales.map((locale) => `<url><loc>${url(locale, path)}</loc>${alternates}${lastmod(lastModified)}</url>`);
  });
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join("\n")}\n</urlset>\n`;
}
