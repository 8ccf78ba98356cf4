import { expect, test } from "@playwright/test";

test("favicon, app icons and manifest are served", async ({ request }) => {
  for (const path of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/icon-192.png", "/manifest.webmanifest"]) {
    expect((await request.get(path)).status(), path).toBe(200);
  }
});

test("robots.txt and the sitemap list every public page in three locales with absolute hreflang alternates", async ({ request }) => {
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
  expect(robots).toMatch(/Disallow: \/en\/admin/);
  // An index of sitemap files (one at the seed's size; 100,000 initiatives take 21): their pages together.
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
  const files = [...index.matchAll(/<loc>https?:\/\/[^/]+(\/sitemap\/\d+\.xml)<\/loc>/g)].map((m) => m[1]!);
  expect(files.length).toBeGreaterThanOrEqual(1);
  let sitemap = "";
  for (const file of files) {
    const response = await request.get(file);
    expect(response.headers()["content-type"]).toMatch(/application\/xml/);
    sitemap += await response.text();
  }
  expect((await request.get("/sitemap/999.xml")).status()).toBe(404);
  for (const locale of ["ja", "en", "fr"]) {
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+/${locale}/initiatives/ict4peace-[a-z-]+</loc>`));
    expect(sitemap).toMatch(new RegExp(`hreflang="${locale}"\\s+href="https?://[^"]+/${locale}/gge/a-70-174"`));
  }
  expect(sitemap).toContain("/fr/countries/KE</loc>");
});

test("canonical and hreflang links are absolute; the footer and about page give the data date", async ({ page }) => {
  await page.goto("/fr/about");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/fr\/about$/);
  await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveAttribute("href", /^https?:\/\/[^/]+\/ja\/about$/);
  await expect(page.getByTestId("footer-last-updated").locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.getByTestId("about-last-updated")).toContainText(/Données mises à jour le \d{1,2} \p{L}+ \d{4}/u);
});

test("a page carries the stylesheet inline and in its RSC payload, no more copies", async ({ request }) => {
  for (const path of ["/ja/about", "/en/initiatives", "/fr/countries/KE"]) {
    const html = await (await request.get(path)).text();
    // A custom property of the theme: once per copy of the stylesheet.
    const copies = html.match(/--color-brand-700:/g)?.length ?? 0;
    expect(copies, path).toBeGreaterThanOrEqual(1);
    expect(copies, path).toBeLessThanOrEqual(2);
  }
});

test("public pages may be cached briefly, admin and login pages never", async ({ request }) => {
  expect((await request.get("/en/initiatives")).headers()["cache-control"]).toMatch(/max-age=\d+, must-revalidate/);
  expect((await request.get("/ja/login")).headers()["cache-control"]).toMatch(/no-store/);
  expect((await request.get("/en/admin", { maxRedirects: 0 })).headers()["cache-control"] ?? "no-store").toMatch(/no-store/);
});

test("the public API answers 304 to a matching ETag", async ({ request }) => {
  const first = await request.get("/api/v1/initiatives?pageSize=1");
  expect(first.headers()["cache-control"]).toMatch(/max-age=\d+, must-revalidate/);
  expect(first.headers()["last-modified"]).toBeTruthy();
  const etag = first.headers()["etag"];
  const second = await request.get("/api/v1/initiatives?pageSize=1", { headers: { "if-none-match": etag } });
  expect(second.status()).toBe(304);
});

test("print hides the site header and footer", async ({ page }) => {
  await page.goto("/en/countries/KE");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.locator("footer").first()).toBeHidden();
  await expect(page.locator("h1")).toBeVisible();
});

test("the map draws small states and zooms with the keyboard", async ({ page }) => {
  await page.goto("/en/countries");
  const map = page.getByTestId("world-map");
  await expect(page.getByTestId("small-states").locator('a[data-code="MU"]')).toHaveAttribute("aria-label", /Mauritius: \d+/);
  await expect(page.getByTestId("small-states").locator('a[data-code="SG"]')).toBeAttached();
  const before = await map.getAttribute("viewBox");
  await page.getByTestId("map-zoom-in").click();
  await expect(map).not.toHaveAttribute("viewBox", before!);
  await map.locator('a[data-code="KE"]').focus();
  await expect(page.getByTestId("map-tooltip")).toContainText("Kenya");
  const zoomed = await map.getAttribute("viewBox");
  await page.keyboard.press("ArrowRight");
  await expect(map).not.toHaveAttribute("viewBox", zoomed!);
});
