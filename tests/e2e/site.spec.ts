import { expect, test } from "@playwright/test";
import { LOCALES } from "./helpers";

for (const [acceptLanguage, expected] of [
  ["fr-FR,fr;q=0.9", "fr"],
  ["ja-JP", "ja"],
  ["de-DE", "en"],
] as const) {
  test(`/ redirects by Accept-Language (${acceptLanguage} → ${expected})`, async ({ browser }) => {
    const context = await browser.newContext({ locale: acceptLanguage.split(",")[0], extraHTTPHeaders: { "accept-language": acceptLanguage } });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${expected}$`));
    await context.close();
  });
}

for (const locale of LOCALES) {
  test(`home page (${locale}) shows counts from the database, lang and hreflang`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const api = await (await request.get(`/api/v1/initiatives?pageSize=1`)).json();
    const shown = (await page.getByTestId("stat-initiatives").textContent())!.replace(/\D/g, "");
    expect(Number(shown)).toBe(api.total);
    for (const alternate of LOCALES) await expect(page.locator(`link[rel=alternate][hreflang=${alternate}]`)).toHaveCount(1);
    await page.locator("#home-q").fill("CERT");
    await page.locator("#home-q").press("Enter");
    await expect(page).toHaveURL(new RegExp(`/${locale}/initiatives\\?q=CERT`));
  });

  test(`unknown pages give a localised 404 (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    const response2 = await page.goto(`/${locale}/initiatives/no-such-initiative`);
    expect(response2?.status()).toBe(404);
  });

  test(`bad query parameters give a normalised page, not an error (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/initiatives?page=-1&from=abc&theme=no-such-theme&q=${encodeURIComponent(`"') OR 1=1; -- NEAR(*)`)}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByTestId("ignored-parameters")).toContainText("from");
    await expect(page.getByTestId("ignored-parameters")).toContainText("theme");
    const long = await page.goto(`/${locale}/initiatives?q=${"a".repeat(250)}&page=99999`);
    expect(long?.status()).toBe(200);
  });
}

test("an unknown locale is a 404", async ({ page }) => {
  const response = await page.goto("/de/initiatives");
  expect(response?.status()).toBe(404);
});
