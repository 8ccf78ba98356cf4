import { mkdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { LOCALES, expectNoAxeViolations } from "./helpers";

/** One page of each type; the same list serves the layout checks, the axe runs and the screenshots. */
const PAGES = [
  ["home", "/"],
  ["catalogue", "/initiatives?q=CERT"],
  ["initiative", "/initiatives/ict4peace-international-cyber-security-negotiations-capacity-building"],
  ["countries", "/countries"],
  ["country", "/countries/KE"],
  ["country-donor", "/countries/JP"],
  ["organisations", "/organisations"],
  ["organisation", "/organisations/gb-fco"],
  ["themes", "/themes"],
  ["theme", "/themes/cybercrime"],
  ["gge", "/gge"],
  ["gge-report", "/gge/a-res-53-70"],
  ["gge-compare", "/gge/compare"],
  ["about", "/about"],
  ["login", "/login"],
] as const;

const WIDTHS = [320, 390, 768, 1366] as const;
/**
 * Screenshots at a phone and a desktop width. Axe (WCAG 2.2 AA) runs on every page type at both of those
 * widths, each page type in one locale (rotating through the three), to keep the run short.
 */
const FULL_CHECK_WIDTHS: readonly number[] = [390, 1366];
const SCREENSHOT_DIR = "screenshots";

/** Everything on the page that is wider than the viewport, unless it sits in its own labelled scroll region. */
async function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = window.innerWidth;
    const root = document.documentElement;
    if (root.scrollWidth > viewport) problems.push(`page is ${root.scrollWidth}px wide in a ${viewport}px viewport`);
    const labelledRegion = (element: Element) => {
      const region = element.closest('[role="region"]');
      if (!region || region.getAttribute("tabindex") !== "0") return null;
      if (!region.getAttribute("aria-label") && !region.getAttribute("aria-labelledby")) return null;
      return region;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0;
    };
    for (const svg of document.querySelectorAll("main svg")) {
      if (!visible(svg) || svg.closest("summary, button")) continue;
      const name = svg.querySelector("title")?.textContent ?? svg.getAttribute("aria-label") ?? "svg";
      const box = svg.getBoundingClientRect();
      const region = labelledRegion(svg);
      const bounds = region ? region.getBoundingClientRect() : { left: 0, right: viewport };
      if (!region && (box.left < -1 || box.right > viewport + 1)) problems.push(`chart "${name}" spans ${Math.round(box.left)}–${Math.round(box.right)}px`);
      if (region && (bounds.left < -1 || bounds.right > viewport + 1)) problems.push(`scroll region of "${name}" is wider than the viewport`);
      // Every label and value is inside its chart (none clipped by the SVG viewport).
      for (const text of svg.querySelectorAll("text")) {
        const t = text.getBoundingClientRect();
        if (!t.width || !text.textContent?.trim()) continue;
        if (t.left < box.left - 1 || t.right > box.right + 1 || t.top < box.top - 1 || t.bottom > box.bottom + 1)
          problems.push(`text "${text.textContent}" of "${name}" is clipped`);
      }
    }
    for (const table of document.querySelectorAll("main table")) {
      if (!visible(table)) continue;
      const box = table.getBoundingClientRect();
      if (box.right <= viewport + 1) continue;
      if (!labelledRegion(table)) problems.push(`table "${table.querySelector("caption")?.textContent ?? ""}" overflows without a labelled scroll region`);
    }
    return problems;
  });
}

for (const locale of LOCALES) {
  for (const width of WIDTHS) {
    test(`every page type fits ${width}px (${locale})`, async ({ page }) => {
      test.setTimeout(FULL_CHECK_WIDTHS.includes(width) ? 240_000 : 120_000);
      await page.setViewportSize({ width, height: width < 768 ? 844 : 900 });
      const full = FULL_CHECK_WIDTHS.includes(width);
      if (full) mkdirSync(SCREENSHOT_DIR, { recursive: true });
      for (const [index, [name, path]] of PAGES.entries()) {
        await test.step(`${name} ${path}`, async () => {
          const response = await page.goto(`/${locale}${path === "/" ? "" : path}`);
          expect(response?.status(), path).toBe(200);
          expect.soft(await layoutProblems(page), `${locale}${path} at ${width}px`).toEqual([]);
          if (!full) return;
          if (index % LOCALES.length === LOCALES.indexOf(locale)) await expectNoAxeViolations(page, { soft: true });
          await page.screenshot({ path: `${SCREENSHOT_DIR}/${locale}-${width}-${name}.png`, fullPage: true });
        });
      }
      // The not-found page shares the layout, and must fit too.
      const missing = await page.goto(`/${locale}/no-such-page`);
      expect(missing?.status()).toBe(404);
      expect(await layoutProblems(page)).toEqual([]);
      if (full && locale === "en") await expectNoAxeViolations(page, { soft: true });
    });
  }
}
