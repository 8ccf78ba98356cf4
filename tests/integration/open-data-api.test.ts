import { afterAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { XMLParser } from "fast-xml-parser";
import type { z } from "zod";
import { intlServerMock } from "../setup/intl-server-mock";
import ja from "../../messages/ja.json";

vi.mock("next-intl/server", () => intlServerMock());

const { prisma } = await import("../../lib/db/client");
const { apiOperations, PARAMETER_EXAMPLES } = await import("../../lib/api/openapi");
const { exampleSlugs } = await import("../../lib/db/open-data-records");
const { FEED_SIZE } = await import("../../lib/api/feed-response");
const routes: Record<string, { GET: (request: NextRequest, context: { params: Promise<{ slug: string }> }) => Promise<Response> }> = {
  "/api/v1/initiatives": await import("../../app/api/v1/initiatives/route"),
  "/api/v1/initiatives/{slug}": await import("../../app/api/v1/initiatives/[slug]/route"),
  "/api/v1/initiatives/export": await import("../../app/api/v1/initiatives/export/route"),
  "/api/v1/initiatives/feed": await import("../../app/api/v1/initiatives/feed/route"),
  "/api/v1/feed": await import("../../app/api/v1/feed/route"),
  "/api/v1/initiatives/{slug}/cite": await import("../../app/api/v1/initiatives/[slug]/cite/route"),
  "/api/v1/gge/{slug}/cite": await import("../../app/api/v1/gge/[slug]/cite/route"),
  "/api/v1/openapi.json": await import("../../app/api/v1/openapi.json/route"),
};

afterAll(() => prisma.$disconnect());

async function call(path: string, slug: string, query: Record<string, string>, headers: Record<string, string> = {}) {
  const url = `http://localhost${path.replace("{slug}", slug)}?${new URLSearchParams(query)}`;
  return routes[path].GET(new NextRequest(url, { headers }), { params: Promise.resolve({ slug }) });
}

const slugs = await exampleSlugs();
const operations = apiOperations(slugs.initiative, slugs.gge);

describe("OpenAPI contract", () => {
  it("documents exactly the routes that exist", () => {
    expect(operations.map((op) => op.path).sort()).toEqual(Object.keys(routes).sort());
  });

  for (const op of operations) {
    const slug = op.path.startsWith("/api/v1/gge") ? slugs.gge : slugs.initiative;
    it(`${op.id}: every documented parameter is accepted and the response matches its schema`, async () => {
      for (const param of op.params.filter((p) => p.in === "query")) {
        const value = param.name === "format" && op.id.startsWith("cite") ? "csl" : PARAMETER_EXAMPLES[param.name];
        expect(param.schema.safeParse(value).success, `${param.name} example parses`).toBe(true);
        const response = await call(op.path, slug, { [param.name]: value });
        expect(response.status, `${op.id} ${param.name}=${value}`).toBe(200);
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        const type = (response.headers.get("content-type") ?? "").split(";")[0];
        const schema = op.responses[200]?.[type === "text/csv" ? "text/csv" : type] as z.ZodType | null | undefined;
        expect(schema, `${op.id} documents ${type}`).not.toBeUndefined();
        if (schema) {
          const parsed = schema.safeParse(await response.json());
          expect(parsed.success, `${op.id} ${param.name}: ${parsed.error?.message.slice(0, 500)}`).toBe(true);
        } else await response.arrayBuffer();
      }
    });
  }

  it("every published record and a full page of every facet parse through the response schemas", async () => {
    const published = await prisma.initiative.findMany({ where: { status: "published" }, select: { slug: true } });
    for (const { slug } of published) expect((await call("/api/v1/initiatives/{slug}", slug, {})).status, slug).toBe(200);
    for (const locale of ["ja", "en", "fr"]) expect((await call("/api/v1/initiatives", "", { pageSize: "100", locale })).status).toBe(200);
  });

  it("error responses match the documented error schema, in the request's language", async () => {
    const response = await call("/api/v1/initiatives", "", { from: "abc", locale: "ja" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(operations[0].responses[400]!["application/json"]!.safeParse(body).success).toBe(true);
    expect(body.error.message).toBe(ja.Validation.requestInvalid);
  });

  it("serves OpenAPI 3.1 with a schema for every documented JSON body", async () => {
    const doc = await (await call("/api/v1/openapi.json", "", {})).json();
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.paths["/api/v1/initiatives"].get.parameters.map((p: { name: string }) => p.name)).toContain("country");
    expect(doc.components.schemas.SearchResponse.properties.items).toBeTruthy();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of new Set(refs)) expect(doc.components.schemas[ref.replace("#/components/schemas/", "")], ref).toBeTruthy();
  });
});

describe("ETag and CORS", () => {
  it("answers 304 to a matching If-None-Match and 200 otherwise", async () => {
    const first = await call("/api/v1/initiatives", "", { country: "TH" });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"/);
    expect(first.headers.get("vary")).toBe("Accept-Language");
    const again = await call("/api/v1/initiatives", "", { country: "TH" }, { "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("access-control-allow-origin")).toBe("*");
    const other = await call("/api/v1/initiatives", "", { country: "JP" }, { "if-none-match": etag });
    expect(other.status).toBe(200);
  });

  it("answers CORS preflights", async () => {
    const { OPTIONS } = await import("../../app/api/v1/initiatives/route");
    const response = OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/);
  });
});

describe("Atom feeds", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
  const asArray = <T>(value: T | T[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

  it("a search feed is valid Atom with localized titles and only matching entries", async () => {
    const response = await call("/api/v1/initiatives/feed", "", { country: "TH", locale: "ja" });
    expect(response.headers.get("content-type")).toMatch(/application\/atom\+xml/);
    const xml = await response.text();
    const feed = parser.parse(xml).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title["#text"]).toContain("検索条件に合う取組");
    for (const key of ["id", "updated", "author"]) expect(feed[key], key).toBeTruthy();
    const entries = asArray(feed.entry);
    expect(entries.length).toBeGreaterThan(0);
    const dates = entries.map((e: { updated: string }) => Date.parse(e.updated));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    for (const entry of entries) {
      for (const key of ["id", "title", "updated", "link"]) expect(entry[key], key).toBeTruthy();
      expect(entry.link["@href"]).toMatch(/\/ja\/initiatives\//);
    }
    const all = asArray(parser.parse(await (await call("/api/v1/feed", "", { locale: "fr" })).text()).feed.entry);
    expect(all.length).toBeGreaterThanOrEqual(entries.length);
  });

  it("a feed lists the matching initiatives most recently added or updated, exactly as the database orders them", async () => {
    const donorJica = { status: "published", organisations: { some: { column: "donor", organisation: { slug: "jica" } } } } as const;
    // Later times for a few records, two of them equal (the higher id first), restored afterwards.
    const touched = await prisma.initiative.findMany({ where: donorJica, select: { id: true, updatedAt: true }, orderBy: { id: "asc" }, take: 3 });
    const expected = async (where: typeof donorJica | { status: "published" }) =>
      (await prisma.initiative.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: FEED_SIZE, select: { slug: true } })).map(
        (row) => row.slug,
      );
    const listed = async (path: string, query: Record<string, string>) =>
      asArray(parser.parse(await (await call(path, "", query)).text()).feed.entry).map(
        (entry: { link: { "@href": string } }) => entry.link["@href"].match(/\/initiatives\/([^/?#]+)/)![1],
      );
    try {
      for (const [i, row] of touched.entries())
        await prisma.initiative.update({ where: { id: row.id }, data: { updatedAt: new Date(Date.UTC(2030, 0, i < 2 ? 3 : 1)) } });
      const jica = await listed("/api/v1/initiatives/feed", { donor: "jica" });
      expect(jica.length).toBeGreaterThan(3);
      expect(jica).toEqual(await expected(donorJica));
      const all = await listed("/api/v1/feed", {});
      expect(all).toHaveLength(FEED_SIZE);
      expect(all).toEqual(await expected({ status: "published" }));
    } finally {
      for (const row of touched) await prisma.initiative.update({ where: { id: row.id }, data: { updatedAt: row.updatedAt } });
    }
  });

  it("an empty search is a valid feed without entries; bad filters are a 400", async () => {
    const feed = parser.parse(await (await call("/api/v1/initiatives/feed", "", { q: "zzqqxxnothing" })).text()).feed;
    expect(feed.id).toBeTruthy();
    expect(feed.entry).toBeUndefined();
    expect((await call("/api/v1/initiatives/feed", "", { country: "ZZ" })).status).toBe(400);
    expect((await call("/api/v1/feed", "", { nonsense: "1" })).status).toBe(400);
  });
});

describe("citations", () => {
  it("serves BibTeX, RIS and CSL-JSON naming the portal, the record URL and the source", async () => {
    const bib = await (await call("/api/v1/initiatives/{slug}/cite", slugs.initiative, { format: "bibtex", locale: "fr" })).text();
    expect(bib).toMatch(/^@misc\{ccbportal-/);
    expect(bib).toContain(`url = {http://localhost:3000/fr/initiatives/${slugs.initiative}}`);
    expect(bib).toMatch(/note = \{Source: .+\}/);
    const ris = await (await call("/api/v1/initiatives/{slug}/cite", slugs.initiative, { format: "ris" })).text();
    expect(ris.split("\r\n")[0]).toBe("TY  - DATA");
    expect(ris).toMatch(/ER {2}- \r\n$/);
    const gge = await call("/api/v1/gge/{slug}/cite", slugs.gge, { format: "csl" });
    const [item] = await gge.json();
    expect(item.URL).toContain(`/gge/${slugs.gge}`);
    expect(item.note).toMatch(/^Source: A\//);
  });

  it("rejects unknown formats and records", async () => {
    expect((await call("/api/v1/initiatives/{slug}/cite", slugs.initiative, { format: "pdf" })).status).toBe(400);
    expect((await call("/api/v1/initiatives/{slug}/cite", "no-such-record", {})).status).toBe(404);
    expect((await call("/api/v1/gge/{slug}/cite", "no-such-record", {})).status).toBe(404);
  });
});
