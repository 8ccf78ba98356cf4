import { expect as baseExpect, test, type Page } from "@playwright/test";
import { resultCount } from "../e2e/helpers";
import { EDITOR, ensureAccounts, fillMinimalInitiative, signIn, unique } from "../e2e/admin-helpers";

// Instance A is the baseURL; B is another `npm start` process on the same PostgreSQL database. The
// session cookie is shared (cookies ignore the port), as behind a load balancer.
const A = process.env.E2E_ORIGIN_A!;
const B = process.env.E2E_ORIGIN_B!;
const COUNTRY = "IS";
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ mode: "serial" });
test.beforeAll(() => ensureAccounts());

const save = (page: Page) => page.locator("form#f-form button[type=submit]").click();
/** A made-up katakana word, unique to this run: found only inside the Japanese text written here. */
const katakana = () => Array.from({ length: 6 }, () => String.fromCharCode(0x30a2 + Math.floor(Math.random() * 80))).join("");
const apiTotal = async (page: Page, origin: string, query: string) => {
  const response = await page.request.get(`${origin}/api/v1/initiatives?${query}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as { total: number; facets: Record<string, { value: string; count: number }[]> };
};
const catalogueCount = async (page: Page, origin: string, query: string) => {
  await page.goto(`${origin}/ja/initiatives?${query}`);
  return resultCount(page);
};

let slug = "";
let jaWord = "";

test("published on A, found on B by a Japanese word, in the API and in the country's count", async ({ page }) => {
  jaWord = katakana();
  const directOnB = `country=${COUNTRY}&reach=direct`;
  // B has served (and indexed) the catalogue before the write.
  const before = await catalogueCount(page, B, directOnB);
  expect(await catalogueCount(page, B, `q=${encodeURIComponent(jaWord)}`)).toBe(0);

  await signIn(page, EDITOR);
  await page.goto(`${A}/en/admin/initiatives/new`);
  slug = unique("two-instances-");
  await fillMinimalInitiative(page, { slug, nameFr: "Deux instances", status: "published" });
  await page.locator('[name="name.ja"]').fill(`${jaWord}サイバー演習計画`);
  await page.locator('[name="summary.ja"]').fill(`${jaWord}演習を各地で実施する。`);
  await page.locator('[name="recipientCountries"]').fill(COUNTRY);
  await save(page);
  await expect(page.getByTestId("notice")).toContainText("version 1");

  // The very next requests to B, no waiting: the catalogue, its country filter, and the API.
  expect(await catalogueCount(page, B, `q=${encodeURIComponent(jaWord)}`)).toBe(1);
  await expect(page.locator(`a[href*="/initiatives/${slug}?"]`).first()).toBeVisible();
  expect(await catalogueCount(page, B, directOnB)).toBe(before + 1);
  const api = await apiTotal(page, B, `q=${encodeURIComponent(jaWord)}`);
  expect(api.total).toBe(1);
  expect(api.facets.country?.find((option) => option.value === COUNTRY)?.count).toBe(1);
  expect((await apiTotal(page, B, directOnB)).total).toBe(before + 1);
  await page.goto(`${B}/ja/initiatives/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${jaWord}サイバー演習計画`);
});

test("edited on B, the edit shows on A", async ({ page }) => {
  test.skip(!slug, "needs the initiative published by the previous test");
  const newWord = katakana();
  await signIn(page, EDITOR);
  expect(await catalogueCount(page, A, `q=${encodeURIComponent(jaWord)}`)).toBe(1);
  await page.goto(`${B}/en/admin/initiatives/${slug}/edit`);
  await page.locator('[name="name.ja"]').fill(`${newWord}防御訓練`);
  await page.locator('[name="summary.ja"]').fill("各地で実施する。");
  await save(page);
  await expect(page.getByTestId("notice")).toContainText("version 2");

  expect(await catalogueCount(page, A, `q=${encodeURIComponent(newWord)}`)).toBe(1);
  expect(await catalogueCount(page, A, `q=${encodeURIComponent(jaWord)}`)).toBe(0);
  expect((await apiTotal(page, A, `q=${encodeURIComponent(newWord)}`)).total).toBe(1);
  await page.goto(`${A}/ja/initiatives/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${newWord}防御訓練`);
});

test("a CSV file checked on A is imported by B (the upload waits in the database)", async ({ page }) => {
  const csvSlug = unique("two-instances-csv-");
  const word = katakana();
  const csv = [
    "slug,status,originalLocale,name_ja,organisations,recipientCountries,themes,startYear,sourceDocument,sourceLocator",
    `${csvSlug},published,ja,${word}人材育成,donor:jica:funding:1,${COUNTRY},awareness,2024,murakami-2018,row 1`,
  ].join("\n");
  await signIn(page, EDITOR);
  await page.goto(`${A}/en/admin/import`);
  await page.locator("#csv-file").setInputFiles({ name: "two.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("1 row is valid");
  // A load balancer sends the next post to B: reroute it there, as B's own origin.
  let rerouted = 0;
  await page.route(`${A}/en/admin/import`, async (route) => {
    rerouted++;
    const response = await route.fetch({ url: `${B}/en/admin/import`, headers: { ...route.request().headers(), origin: B, host: new URL(B).host } });
    await route.fulfill({ response });
  });
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByTestId("import-result")).toContainText("1 initiative imported");
  expect(rerouted).toBe(1);
  expect(await catalogueCount(page, A, `q=${encodeURIComponent(word)}`)).toBe(1);
});
