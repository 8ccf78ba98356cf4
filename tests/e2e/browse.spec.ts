import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { databaseFilePath } from "../../lib/env";
import { expectNoAxeViolations, LOCALES, resultCount } from "./helpers";
import { REF_LIST_LIMIT as LIST_LIMIT } from "../../lib/search/browse";

// The names shown must be the ones in the database the server reads.
const db = new Database(databaseFilePath(process.env.DATABASE_URL ?? "file:./data/e2e.db"), { readonly: true });
const suffix = { ja: "Ja", en: "En", fr: "Fr" } as const;
const nameOf = (table: string, key: string, value: string, locale: keyof typeof suffix) =>
  (db.prepare(`SELECT name${suffix[locale]} AS name FROM "${table}" WHERE ${key} = ?`).get(value) as { name: string }).name;

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

/** Follows a link and checks that the catalogue shows as many results as the link announced. */
async function expectCatalogueCount(page: Page, link: ReturnType<Page["locator"]>, expected: number, params: Record<string, string>) {
  await link.click();
  await expect(page).toHaveURL(/\/initiatives\?/);
  const url = new URL(page.url());
  for (const [key, value] of Object.entries(params)) expect(url.searchParams.get(key)).toBe(value);
  await expect.poll(() => resultCount(page)).toBe(expected);
}

for (const locale of LOCALES) {
  test.describe(`browse (${locale})`, () => {
    test("countries: map, table and links into the catalogue", async ({ page }) => {
      test.slow(); // axe over ~250 rows and a world map
      await page.goto(`/${locale}/countries`);
      const kenya = nameOf("Country", "code", "KE", locale);
      const map = page.getByTestId("world-map");
      await expect(map.locator("title").first()).not.toBeEmpty();
      expect(await map.locator("a").count()).toBeGreaterThan(100);
      expect(await page.getByTestId("world-map-table").locator("tbody tr").count()).toBeGreaterThan(100);
      // The list comes in pages of 50, region by region: Kenya's page depends on the language's order.
      const row = page.locator('tr[data-code="KE"]');
      // One page at a time: the next click waits until the page it asked for is the one shown.
      const current = page.locator('span[aria-current="page"]');
      while (!(await row.count())) {
        const shown = await current.textContent();
        await page.locator("a[rel=next]").click();
        await expect(current).not.toHaveText(shown ?? "");
      }
      await expect(row.getByRole("link", { name: kenya, exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      const link = row.getByTestId("received-link");
      await expectCatalogueCount(page, link, digits(await link.textContent()), { country: "KE" });
    });

    test("countries: search by name and sort, then a map country opens its page", async ({ page }) => {
      const kenya = nameOf("Country", "code", "KE", locale);
      await page.goto(`/${locale}/countries`);
      await page.locator("#country-q").fill(kenya);
      await page.locator("#country-sort").selectOption("count");
      await page.locator("#country-q").press("Enter");
      await expect(page).toHaveURL(/sort=count/);
      await expect(page.locator("tbody tr[data-code]")).toHaveCount(1);
      await expect(page.locator('tr[data-code="KE"]')).toBeVisible();
      await page.getByTestId("world-map").locator('a[data-code="KE"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/countries/KE$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(kenya);
    });

    test("country page: direct and group initiatives, charts, timeline, GGE", async ({ page }) => {
      await page.goto(`/${locale}/countries/KE`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(nameOf("Country", "code", "KE", locale));
      const direct = digits(await page.getByTestId("stat-direct").textContent());
      const via = digits(await page.getByTestId("stat-viaGroups").textContent());
      await expect(page.getByTestId("direct-list").locator("li")).toHaveCount(Math.min(direct, LIST_LIMIT));
      await expect(page.getByTestId("via-list").locator("li")).toHaveCount(Math.min(via, LIST_LIMIT));
      await expect(page.getByTestId("timeline").locator("title").first()).not.toBeEmpty();
      await expect(page.getByTestId("timeline-table").locator("tbody tr")).toHaveCount(direct + via);
      await expect(page.getByTestId("gge-list").locator("li")).toHaveCount(2);
      await expect(page.locator("#country-donors-svg-title")).toBeAttached();
      await expectNoAxeViolations(page);
      const link = page.getByTestId("catalogue-link");
      await expectCatalogueCount(page, link, Number(await link.getAttribute("data-count")), { country: "KE" });
    });

    test("country page: a donor bar opens the catalogue filtered by country and donor", async ({ page }) => {
      await page.goto(`/${locale}/countries/KE`);
      const bar = page.locator('svg[aria-labelledby="country-donors-svg-title"] a').first();
      const value = digits((await bar.getAttribute("aria-label"))!.split(":").pop()!);
      const donor = new URL((await bar.getAttribute("href"))!, "http://x").searchParams.get("donor")!;
      await expectCatalogueCount(page, bar, value, { country: "KE", donor });
    });

    test("country page: a donor country shows its initiatives as donor and its approach", async ({ page }) => {
      await page.goto(`/${locale}/countries/JP`);
      const asDonor = digits(await page.getByTestId("stat-asDonor").textContent());
      expect(asDonor).toBeGreaterThan(0);
      await expect(page.getByTestId("as-donor-list").locator("li")).toHaveCount(Math.min(asDonor, LIST_LIMIT));
      await expect(page.getByTestId("approach-name")).toHaveText(nameOf("Approach", "slug", "japan-proposed-model", locale));
      const link = page.getByTestId("donor-count-link").first();
      const donor = new URL((await link.getAttribute("href"))!, "http://x").searchParams.get("donor")!;
      await expectCatalogueCount(page, link, digits(await link.textContent()), { donor });
    });

    test("country page: a long list shows its newest entries and opens the whole list in the catalogue", async ({ page }) => {
      await page.goto(`/${locale}/countries/GB`);
      const asDonor = digits(await page.getByTestId("stat-asDonor").textContent());
      expect(asDonor).toBeGreaterThan(LIST_LIMIT);
      await expect(page.getByTestId("as-donor-list").locator("li")).toHaveCount(LIST_LIMIT);
      await expectCatalogueCount(page, page.getByTestId("as-donor-list-more").getByRole("link"), asDonor, { donorCountry: "GB" });
    });

    test("organisations: filters and counts", async ({ page }) => {
      await page.goto(`/${locale}/organisations`);
      const all = digits(await page.getByTestId("organisation-count").textContent());
      await page.locator("#org-type").selectOption("government");
      await page.locator("#org-country").selectOption("GB");
      await page.locator("form:has(#org-type) button[type=submit]").click();
      await expect(page).toHaveURL(/type=government/);
      await expect(page).toHaveURL(/country=GB/);
      const filtered = async () => digits(await page.getByTestId("organisation-count").textContent());
      await expect.poll(filtered).toBeLessThan(all);
      expect(await filtered()).toBeGreaterThan(0);
      const row = page.locator('tr[data-slug="gb-fco"]');
      await expect(row.getByRole("link", { name: nameOf("Organisation", "slug", "gb-fco", locale), exact: true })).toBeVisible();
      await expectNoAxeViolations(page);
      const link = row.getByTestId("donor-link");
      await expectCatalogueCount(page, link, digits(await link.textContent()), { donor: "gb-fco" });
    });

    test("organisation page: roles, approach, map and themes", async ({ page }) => {
      await page.goto(`/${locale}/organisations/gb-fco`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(nameOf("Organisation", "slug", "gb-fco", locale));
      await expect(page.getByTestId("approach-name")).toHaveText(nameOf("Approach", "slug", "uk-model", locale));
      await expect(page.getByTestId("world-map").locator("title").first()).not.toBeEmpty();
      expect(await page.getByTestId("world-map-table").locator("tbody tr").count()).toBeGreaterThan(0);
      await expect(page.locator("#organisation-themes-svg-title")).toBeAttached();
      await expectNoAxeViolations(page);
      const link = page.getByTestId("funder-catalogue-link");
      await expectCatalogueCount(page, link, Number(await link.getAttribute("data-count")), { funder: "gb-fco" });
    });

    test("themes: taxonomy with counts that match the catalogue", async ({ page }) => {
      await page.goto(`/${locale}/themes`);
      const cybercrime = page.locator('li[data-slug="cybercrime"]');
      await expect(cybercrime.locator("h2 a")).toContainText(nameOf("Theme", "slug", "cybercrime", locale));
      await expect(cybercrime.locator("li[data-slug]")).toHaveCount(3);
      await expect(page.locator("#themes-chart-svg-title")).toBeAttached();
      await expectNoAxeViolations(page);
      const link = cybercrime.getByTestId("theme-count-link").first();
      await expectCatalogueCount(page, link, Number(await link.getAttribute("data-count")), { theme: "cybercrime" });
    });

    test("theme page: initiatives, leading donors and recipients", async ({ page }) => {
      await page.goto(`/${locale}/themes/cybercrime`);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(nameOf("Theme", "slug", "cybercrime", locale));
      const link = page.getByTestId("catalogue-link");
      const count = Number(await link.getAttribute("data-count"));
      await expect(page.getByTestId("theme-initiatives").locator("li")).toHaveCount(Math.min(count, LIST_LIMIT));
      await expect(page.getByTestId("theme-initiatives-more")).toHaveCount(count > LIST_LIMIT ? 1 : 0);
      await expect(page.getByTestId("sub-themes").locator("li")).toHaveCount(3);
      await expectNoAxeViolations(page);
      const bar = page.locator('svg[aria-labelledby="theme-recipients-svg-title"] a').first();
      const value = digits((await bar.getAttribute("aria-label"))!.split(":").pop()!);
      const country = new URL((await bar.getAttribute("href"))!, "http://x").searchParams.get("country")!;
      await expectCatalogueCount(page, bar, value, { theme: "cybercrime", country });
    });

    test("unknown codes and slugs give a localized 404", async ({ page }) => {
      for (const path of ["/countries/XX", "/countries/12", "/organisations/no-such-org", "/themes/no-such-theme"]) {
        const response = await page.goto(`/${locale}${path}`);
        expect(response?.status(), path).toBe(404);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
      }
      await expectNoAxeViolations(page);
    });

    test("malformed list parameters are reported, not fatal", async ({ page }) => {
      const response = await page.goto(`/${locale}/organisations?type=spaceship&country=ZZ`);
      expect(response?.status()).toBe(200);
      await expect(page.getByTestId("ignored-query")).toContainText("type");
      await expect(page.getByTestId("ignored-query")).toContainText("country");
    });
  });
}
