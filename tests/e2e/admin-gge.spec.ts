import { expect, test } from "@playwright/test";
import { ensureAccounts, EDITOR, signIn, unique } from "./admin-helpers";
import { expectNoAxeViolations, LOCALES } from "./helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.beforeAll(() => ensureAccounts());

for (const locale of LOCALES) {
  test.describe(`admin GGE (${locale})`, () => {
    test("anonymous visitors are sent to the login page", async ({ page }) => {
      await page.goto(`/${locale}/admin/gge/documents/new`);
      await expect(page).toHaveURL(new RegExp(`/${locale}/login`));
    });

    test("the list and the forms have no accessibility violations", async ({ page }) => {
      await signIn(page, EDITOR, locale);
      await page.goto(`/${locale}/admin/gge`);
      await expect(page.getByTestId("admin-gge-documents").locator("li")).not.toHaveCount(0);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/admin/gge/documents/new`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/admin/gge/sessions/gge-2004-2005/edit`);
      await expectNoAxeViolations(page);
    });
  });

  // The forms post without JavaScript: this flow runs with it switched off.
  test.describe(`admin GGE without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });
    test("an editor gets a localized error for an incomplete document, then edits a key point that the public page shows", async ({ page }) => {
      await signIn(page, EDITOR, locale);
      await page.goto(`/${locale}/admin/gge/documents/new`);
      const slug = unique(`e2e-gge-${locale}-`);
      await page.locator('[name="slug"]').fill(slug);
      await page.locator('[name="symbol"]').fill(`A/E2E/${slug.slice(-6)}`);
      await page.locator('[name="date"]').fill("2021-07");
      for (const l of LOCALES) {
        await page.locator(`[name="title.${l}"]`).fill(`Title ${l}`);
        await page.locator(`[name="summary.${l}"]`).fill(`Summary ${l}`);
      }
      await page.locator('[name="keyPoints.0.topic"]').selectOption("norms");
      await page.locator('[name="keyPoints.0.text.ja"]').fill("規範の要点");
      await page.locator('[name="keyPoints.0.text.en"]').fill("A point on norms");
      // French text left empty: a localized error, what was typed is kept, nothing is created.
      await page.locator('[name="source.locator"]').fill("e2e");
      await page.locator("form button[type=submit]").last().click();
      await expect(page.getByTestId("error-summary")).toBeVisible();
      await expect(page.locator('[name="keyPoints.0.text.fr"]')).toHaveAttribute("aria-invalid", "true");
      await expect(page.locator('[name="keyPoints.0.text.en"]')).toHaveValue("A point on norms");
      expect((await page.goto(`/${locale}/gge/${slug}`))?.status()).toBe(404);

      // Editing a seeded document (and putting it back) leaves the data the other specs count unchanged.
      const edit = `/${locale}/admin/gge/documents/a-res-53-70/edit`;
      await page.goto(edit);
      const field = page.locator('[name="keyPoints.0.paragraphs"]');
      const original = await field.inputValue();
      const marked = `${original} e2e${locale}`.trim();
      await field.fill(marked);
      await page.locator("form button[type=submit]").last().click();
      await expect(page).toHaveURL(/\/admin\/gge\/documents\/a-res-53-70\/edit\?saved=1/);
      await expect(page.getByTestId("saved")).toBeVisible();
      await page.goto(`/${locale}/gge/a-res-53-70`);
      await expect(page.locator("main")).toContainText(`e2e${locale}`);
      await page.goto(edit);
      await page.locator('[name="keyPoints.0.paragraphs"]').fill(original);
      await page.locator("form button[type=submit]").last().click();
      await expect(page.getByTestId("saved")).toBeVisible();
      await expect(page.locator('[name="keyPoints.0.paragraphs"]')).toHaveValue(original);

      await page.goto(`/${locale}/admin/audit`);
      await expect(page.getByText("a-res-53-70").first()).toBeVisible();
    });
  });
}
