import { expect, test } from "@playwright/test";

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

test("organisations: name search ignores case, accents and language", async ({ page }) => {
  await page.goto("/en/organisations");
  await page.locator("#org-q").fill("GOUVERNEMENT DU BRUNEI");
  await page.locator("#org-q").press("Enter");
  await expect(page).toHaveURL(/q=GOUVERNEMENT/);
  await expect(page.locator("tbody tr[data-slug]")).toHaveCount(1);
  await expect(page.locator('tr[data-slug="bn-government"]')).toBeVisible();
  await page.goto(`/fr/organisations?q=${encodeURIComponent("ブルネイ")}`);
  await expect(page.locator('tr[data-slug="bn-government"]')).toBeVisible();
});

test("organisations: sortable columns and pages are plain links", async ({ page }) => {
  await page.goto("/en/organisations");
  const total = digits(
    await page
      .getByTestId("organisation-count")
      .textContent()
      .then((text) => text!.split("(")[0]),
  );
  expect(await page.locator("tbody tr[data-slug]").count()).toBe(Math.min(50, total));
  await expect(page.getByRole("navigation", { name: /pag/i })).toBeVisible();
  await page.getByTestId("sort-partner").click();
  await expect(page).toHaveURL(/sort=partner&dir=desc/);
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect
    .poll(async () => {
      const partnerCounts = (await page.locator("tbody tr td:nth-of-type(4)").allTextContents()).map(digits);
      return partnerCounts.every((value, index) => index === 0 || partnerCounts[index - 1] >= value);
    })
    .toBe(true);
  await page.getByTestId("sort-name").click();
  await expect(page).toHaveURL(/sort=name&dir=asc/);
  await page.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page).toHaveURL(/sort=name/);
  await expect(page.locator('[aria-current="page"]')).toContainText("2");
});

test("organisations: role columns say what the organisation does, the source term under it", async ({ page }) => {
  await page.goto("/en/organisations");
  await expect(page.getByTestId("sort-donor")).toContainText("Funds or supports");
  await expect(page.getByTestId("sort-funder")).toContainText("IATI role: Funding");
});

test("countries: accent-insensitive search and sortable columns", async ({ page }) => {
  await page.goto("/fr/countries?q=cote%20d");
  await expect(page.locator('tr[data-code="CI"]')).toBeVisible();
  await page.goto("/en/countries");
  await page.getByTestId("sort-donor").first().click();
  await expect(page).toHaveURL(/sort=donor&dir=desc/);
  // The first region's table (the map's data table comes before it and has no such column).
  const first = page.locator("tbody:has(tr[data-code])").first().locator("tr td:nth-of-type(4)");
  // The URL changes when the new page starts to arrive: read the column once it is the sorted one.
  await expect
    .poll(async () => {
      const values = (await first.allTextContents()).map(digits);
      return values.length > 1 && values.every((value, index) => index === 0 || values[index - 1] >= value);
    })
    .toBe(true);
});

test("countries: pages of 50 that keep the search and sort", async ({ page }) => {
  await page.goto("/en/countries?sort=count");
  const total = digits(
    await page
      .getByTestId("country-count")
      .textContent()
      .then((text) => text!.split("(")[0]),
  );
  expect(total).toBeGreaterThan(50);
  const rows = page.locator("section[aria-labelledby=list-heading] tbody tr[data-code]");
  await expect(rows).toHaveCount(50);
  const firstPage = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")));
  await page.locator("a[rel=next]").click();
  await expect(page).toHaveURL(/sort=count/);
  await expect(page).toHaveURL(/page=2/);
  await expect(page.locator('[aria-current="page"]')).toContainText("2");
  const secondPage = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-code")));
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((code) => firstPage.includes(code))).toEqual([]);
  // A search starts again at page 1 (the form has no page field).
  await page.locator("#country-q").fill("ke");
  await page.locator("#country-q").press("Enter");
  await expect(page).not.toHaveURL(/page=/);
});
