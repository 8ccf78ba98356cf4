import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { sitemapIndexXml, urlSetXml } from "../../lib/sitemap-xml";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("sitemap XML", () => {
  it("lists each page once per locale, with every locale and x-default as absolute alternates", () => {
    const date = new Date("2026-01-02T03:04:05Z");
    const xml = urlSetXml([{ path: "/" }, { path: "/initiatives/a&b", lastModified: date }], "https://example.org", ["ja", "en", "fr"], "en");
    const urls = parser.parse(xml).urlset.url as { loc: string; lastmod?: string; "xhtml:link": { "@hreflang": string; "@href": string }[] }[];
    expect(urls.map((u) => u.loc)).toEqual([
      "https://example.org/ja",
      "https://example.org/en",
      "https://example.org/fr",
      "https://example.org/ja/initiatives/a&b",
      "https://example.org/en/initiatives/a&b",
      "https://example.org/fr/initiatives/a&b",
    ]);
    expect(xml).toContain("a&amp;b");
    expect(urls[3]!.lastmod).toBe("2026-01-02T03:04:05.000Z");
    expect(urls[0]!.lastmod).toBeUndefined();
    expect(urls[4]!["xhtml:link"].map((l) => [l["@hreflang"], l["@href"]])).toEqual([
      ["ja", "https://example.org/ja/initiatives/a&b"],
      ["en", "https://example.org/en/initiatives/a&b"],
      ["fr", "https://example.org/fr/initiatives/a&b"],
      ["x-default", "https://example.org/en/initiatives/a&b"],
    ]);
  });

  it("an index names each file with its date", () => {
    const date = new Date("2026-01-02T00:00:00Z");
    const index = parser.parse(
      sitemapIndexXml([{ url: "https://example.org/sitemap/0.xml", lastModified: date }, { url: "https://example.org/sitemap/1.xml" }]),
    );
    expect(index.sitemapindex["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(index.sitemapindex.sitemap).toEqual([
      { loc: "https://example.org/sitemap/0.xml", lastmod: "2026-01-02T00:00:00.000Z" },
      { loc: "https://example.org/sitemap/1.xml" },
    ]);
  });
});
