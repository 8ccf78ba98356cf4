import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, LOCALES, resultCount } from "./helpers";
import fs from "node:fs";
import type en from "../../messages/en.json";

const read = (locale: string) => JSON.parse(fs.readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as typeof en;
const MESSAGES = { ja: read("ja"), en: read("en"), fr: read("fr") };

test.describe.configure({ mode: "parallel" });

for (const locale of LOCALES) {
  const t = MESSAGES[locale].OpenData;

  test(`catalogue export links keep the filters and download the same results (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/initiatives?country=TH&page=2`);
    const total = await resultCount(page);
    const links = page.getByTestId("export-links");
    await expect(links.getByRole("heading", { name: t.exportLabel })).toBeVisible();
    const csvHref = await links.getByRole("link", { name: t.exportCsv, exact: true }).getAttribute("href");
    expect(csvHref).toBe(`/api/v1/initiatives/export?country=TH&format=csv&locale=${locale}`);
    for (const name of [t.exportXlsx, t.exportJson, t.exportIati])
      await expect(links.getByRole("link", { name, exact: true })).toHaveAttribute("href", /country=TH/);
    const csv = await request.get(csvHref!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="initiatives-.+\.csv"/);
    const body = await csv.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = body.toString("utf8").trim().split("\r\n").length - 1;
    expect(rows).toBeGreaterThanOrEqual(total); // cells may hold line breaks, never fewer lines than rows
    const json = await (await request.get((await links.getByRole("link", { name: t.exportJson, exact: true }).getAttribute("href"))!)).json();
    expect(json.total).toBe(total);
    // The feed of the search is announced in the head and linked beside the downloads.
    const feed = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    await expect(feed).toHaveAttribute("href", new RegExp(`/api/v1/initiatives/feed\\?country=TH&locale=${locale}$`));
    await expect(links.getByRole("link", { name: t.feedLink })).toBeVisible();
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld["@type"]).toBe("Dataset");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", t.datasetName);
  });

  test(`initiative and GGE pages have a cite block with downloads (${locale})`, async ({ page, request }) => {
    const list = await (await request.get("/api/v1/initiatives?pageSize=1")).json();
    const slug = list.items[0].slug;
    await page.goto(`/${locale}/initiatives/${slug}`);
    const block = page.getByTestId("cite-block");
    await expect(block.getByRole("heading", { name: t.citeHeading })).toBeVisible();
    await expect(block.getByTestId("cite-text")).toContainText(`/${locale}/initiatives/${slug}`);
    for (const [name, pattern] of [
      [t.citeBibtex, /^@misc\{/],
      [t.citeRis, /^TY {2}- DATA/],
      [t.citeCsl, /^\[/],
    ] as const) {
      const href = await block.getByRole("link", { name, exact: true }).getAttribute("href");
      const response = await request.get(href!);
      expect(response.status()).toBe(200);
      expect(await response.text()).toMatch(pattern);
    }
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@type"]).toBe("CreativeWork");
    expect(ld.about["@type"]).toBe("Project");
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`/${locale}/initiatives/${slug}$`));

    await page.goto(`/${locale}/gge`);
    const ggeHref = await page.locator('a[href*="/gge/a-"]').first().getAttribute("href");
    await page.goto(ggeHref!);
    const ggeBlock = page.getByTestId("cite-block");
    await expect(ggeBlock.getByRole("heading", { name: t.citeHeading })).toBeVisible();
    const ris = await request.get((await ggeBlock.getByRole("link", { name: t.citeRis, exact: true }).getAttribute("href"))!);
    expect(await ris.text()).toMatch(/^TY {2}- ELEC/);
  });

  test(`API documentation page (${locale}) is linked from the footer, lists every route and passes axe`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    await page.getByRole("contentinfo").getByRole("link", { name: MESSAGES[locale].Layout.footerApiDocs }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/api-docs$`));
    await expect(page.getByRole("heading", { level: 1, name: MESSAGES[locale].ApiDocs.title })).toBeVisible();
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const path of Object.keys(doc.paths)) await expect(page.getByRole("heading", { level: 3, name: `GET ${path}`, exact: true })).toBeVisible();
    // Each curl example works against this server.
    for (const curl of await page.getByTestId("curl").allTextContents()) {
      const url = new URL(curl.match(/'([^']+)'/)![1]);
      const response = await request.get(url.pathname + url.search);
      expect(response.status(), url.pathname).toBe(200);
    }
    await expectNoAxeViolations(page);
  });
}

test("public API: CORS, ETag and 304", async ({ request }) => {
  const first = await request.get("/api/v1/initiatives?country=TH", { headers: { origin: "https://elsewhere.example" } });
  expect(first.headers()["access-control-allow-origin"]).toBe("*");
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\//);
  const again = await request.get("/api/v1/initiatives?country=TH", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
});
