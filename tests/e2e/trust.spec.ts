import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, LOCALES } from "./helpers";

// Issue 8: time as the source knew it, citations a reader can follow, and a way back to the list.
const CITATION = { ja: "村上(2018)付属資料1 第1行", en: "Murakami (2018), Appendix 1, row 1", fr: "Murakami (2018), annexe 1, ligne 1" };
const FIRST_PAGE = { ja: /件中 1〜100件目/, en: /^Showing 1–100 of /, fr: /^1 à 100 sur / };
const SECOND_PAGE = { ja: /件中 101〜/, en: /^Showing 101–/, fr: /^101 à / };
const AS_OF = { ja: "2018年3月時点で継続中", en: "ongoing as of March 2018", fr: "en cours en mars 2018" };

for (const locale of LOCALES) {
  test.describe(`trust (${locale})`, () => {
    test("an ongoing initiative is ongoing as of its source's date, and its citation leads to the source page", async ({ page }) => {
      await page.goto(`/${locale}/initiatives/cybergreen-initiative`);
      await expect(page.locator("main")).toContainText(AS_OF[locale]);
      const citation = page.getByTestId("citation");
      await expect(citation).toHaveText(CITATION[locale]);
      await citation.getByRole("link").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources/murakami-2018$`));
      await expect(page.getByTestId("source-initiatives").getByRole("link", { name: /CyberGreen|サイバーグリーン/ })).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("a source cited by many records lists them a page at a time, with plain links", async ({ page }) => {
      await page.goto(`/${locale}/sources/murakami-2018?page=abc`);
      await expect(page.getByTestId("ignored-query")).toContainText("page");
      await expect(page.getByTestId("source-initiatives-range")).toHaveText(FIRST_PAGE[locale]);
      await expect(page.getByTestId("source-initiatives").getByRole("listitem")).toHaveCount(100);
      await page.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/sources/murakami-2018\\?page=2$`));
      await expect(page.getByTestId("source-initiatives-range")).toHaveText(SECOND_PAGE[locale]);
      await expect(page.getByTestId("source-initiatives").getByRole("link").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });

    test("'All initiatives' on a detail page returns to the filtered list the reader came from", async ({ page }) => {
      await page.goto(`/${locale}/initiatives?q=ASEAN&sort=name`);
      await page.locator("ol li article h3 a").first().click();
      await expect(page).toHaveURL(/back=/);
      await page.getByTestId("back-to-list").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/initiatives\\?(?=.*q=ASEAN)(?=.*sort=name)`));
    });

    test("a back link pointing off the site is ignored", async ({ page }) => {
      await page.goto(`/${locale}/initiatives/cybergreen-initiative?back=${encodeURIComponent("//evil.example/")}`);
      await expect(page.getByTestId("back-to-list")).toHaveAttribute("href", `/${locale}/initiatives`);
    });

    test("ICTAZ keeps the thesis's wording next to its identity", async ({ page }) => {
      await page.goto(`/${locale}/organisations/ictaz`);
      await expect(page.getByTestId("org-source-name")).toHaveText("ジンバブエ情報通信技術連合 (ICTAZ)");
      await expect(page.getByTestId("org-note")).toContainText(locale === "ja" ? "ザンビア" : "Zambia");
      await expectNoAxeViolations(page);
    });
  });
}
