import { expect, test } from "@playwright/test";
import { EDITOR, ensureAccounts, signIn } from "./admin-helpers";
import { expectNoAxeViolations } from "./helpers";

test.beforeAll(() => ensureAccounts());

// The preview is the public detail component under a banner: whatever the public page shows, the preview shows.
test("the admin preview shows what the public page shows, under a draft banner", async ({ page }) => {
  const slug = "japan-asean-cybercrime-dialogue";
  await page.goto(`/en/initiatives/${slug}`);
  // "Cite this record" belongs to the published page only: a draft has no public address to cite yet.
  const publicHeadings = (await page.locator("article h2").allTextContents()).filter((heading) => heading !== "Cite this record");
  const publicTerms = await page.locator("article dt").allTextContents();
  expect(publicHeadings).toContain("Presented at");
  expect(publicTerms).toContain("Target groups");

  await signIn(page, EDITOR);
  await page.goto(`/en/admin/initiatives/${slug}/preview`);
  await expect(page.getByTestId("preview-note")).toBeVisible();
  expect(await page.locator("article h2").allTextContents()).toEqual(publicHeadings);
  expect(await page.locator("article dt").allTextContents()).toEqual(publicTerms);
  await expect(page.getByTestId("citation")).toBeVisible();
  await expectNoAxeViolations(page);
});
