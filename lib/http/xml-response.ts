import { PUBLIC_CACHE_CONTROL } from "./cache-control";

/** An XML document for crawlers (sitemaps), cacheable like every public page. */
export function xmlResponse(xml: string): Response {
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL } });
}
