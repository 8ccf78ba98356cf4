import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const LOCALES = ["ja", "en", "fr"] as const;

/** The value, label and announced count of the n-th option of a facet (a checkbox in its disclosure). */
export async function facetOption(page: Page, name: string, index = 0) {
  const option = page.locator(`details[data-facet="${name}"] input[type=checkbox]`).nth(index);
  const value = await option.getAttribute("value");
  const label = (await page.locator(`label[for="${await option.getAttribute("id")}"]`).textContent()) ?? "";
  const count = Number(label.match(/[（(]([\d,\s .]+)[)）]\s*$/)?.[1].replace(/\D/g, ""));
  expect(value, `an option for ${name}`).toBeTruthy();
  return { value: value!, count, label };
}

/** Opens a facet's disclosure and ticks (or unticks) one of its values. */
export async function toggleFacet(page: Page, name: string, value: string) {
  const details = page.locator(`details[data-facet="${name}"]`);
  if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator("summary").click();
  await page.locator(`#filter-${name}-${value}`).click();
}

/** The number shown in the result heading ("12 initiatives", "12件の取組", "12 initiatives"). */
export async function resultCount(page: Page) {
  const text = (await page.getByTestId("result-count").textContent()) ?? "";
  const digits = text.replace(/[\s\u202f\u00a0,.]/g, "").match(/\d+/);
  return digits ? Number(digits[0]) : 0;
}

/** WCAG 2.2 level AA, the level the portal promises. `soft` lets a loop over many pages report every failure. */
export async function expectNoAxeViolations(page: Page, { soft = false } = {}) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  (soft ? expect.soft : expect)(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(" | ")}`,
    ),
  ).toEqual([]);
}
