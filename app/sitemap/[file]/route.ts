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
  if (!pages) return new Response("Not Found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return xmlResponse(urlSetXml(pages, env.SITE_URL, routing.locales, routing.defaultLocale));
}
