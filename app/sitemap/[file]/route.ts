// GET /sitemap/<n>.xml - one sitemap file: its pages in each language, with their hreflang alternates
import { env } from "@/lib/env";
import { routing } from "@/lib/i18n/routing";
import { sitemapPages } from "@/lib/db/sitemap";
import { urlSetXml } from "@/lib/sitemap-xml";
import { xmlResponse } from "@/lib/http/xml-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,6})\.xml$/.exec((await params).file);
  const pages = match ? await sitemapPages(Number(match[1])) : null;
  // For crawlers only: a missing file is a bare 404 (the index lists the files that exist).
  if (!pages) return new Response(null, { status: 404 });
  return xmlResponse(urlSetXml(pages, env.SITE_URL, routing.locales, routing.defaultLocale));
}
