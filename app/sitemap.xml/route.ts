// GET /sitemap.xml - the sitemap index: every public page in each language is in one of the files it lists
import { env } from "@/lib/env";
import { sitemapFiles } from "@/lib/db/sitemap";
import { sitemapIndexXml } from "@/lib/sitemap-xml";
import { xmlResponse } from "@/lib/http/xml-response";

export const dynamic = "force-dynamic";

export async function GET() {
  const { count, lastModified } = await sitemapFiles();
  return xmlResponse(sitemapIndexXml(Array.from({ length: count }, (_, file) => ({ url: `${env.SITE_URL}/sitemap/${file}.xml`, lastModified }))));
}
