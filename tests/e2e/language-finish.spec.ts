import { expect, test } from "@playwright/test";

for (const locale of ["ja", "fr"] as const) {
  test(`GGE pages have no English references left (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/gge/a-res-53-70`);
    await expect(page.locator("main")).not.toContainText("preamble");
    await expect(page.locator("main")).toContainText(locale === "ja" ? "前文" : "Préambule");
    await page.goto(`/${locale}/gge/a-70-174`);
    await expect(page.locator("main")).not.toContainText("Appendix");
    await expect(page.locator("main")).not.toContainText("norms para");
    await expect(page.locator("main")).toContainText(locale === "ja" ? "付属資料2.5" : "annexe 2.5");
  });
}

test("French filter chips use a narrow no-break space before the colon", async ({ page }) => {
  await page.goto("/fr/initiatives?theme=cybercrime&q=CERT");
  const chips = await page.locator("main").textContent();
  expect(chips).toMatch(/Thème\u202f: /);
  expect(chips).toMatch(/«\u202fCERT\u202f»/);
});

for (const width of [320, 1366]) {
  test(`the language switcher fits one line at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const locale of ["ja", "en", "fr"]) {
      await page.goto(`/${locale}/initiatives`);
      const tops = await page
        .getByRole("navigation", { name: /lang|言語|langue/i })
        .locator("li")
        .evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().top)));
      expect(new Set(tops).size, locale).toBe(1);
    }
  });
}
