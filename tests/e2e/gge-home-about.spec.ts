import { expect, test, type Page } from "@playwright/test";
import { LOCALES, expectNoAxeViolations, resultCount } from "./helpers";

const REPORTS = [
  ["a-res-53-70", "A/RES/53/70"],
  ["a-60-202", "A/60/202"],
  ["a-65-201", "A/65/201"],
  ["a-68-98", "A/68/98"],
  ["a-70-174", "A/70/174"],
] as const;

const digits = (text: string | null) => Number((text ?? "").replace(/\D/g, ""));

/** A chart has an SVG with a title and a description, and a data table with one row per bar. */
async function expectAccessibleChart(page: Page, id: string) {
  const chart = page.getByTestId(`chart-${id}`);
  await expect(chart.locator("svg > title").first()).not.toBeEmpty();
  await expect(chart.locator("svg > desc").first()).not.toBeEmpty();
  const bars = await chart.locator("svg a").filter({ visible: true }).count();
  expect(bars).toBeGreaterThan(0);
  await expect(chart.locator("table tbody tr")).toHaveCount(bars);
  return chart;
}

/** The href and value of the n-th bar, read from its SVG link and checked against the data table. */
async function bar(page: Page, id: string, index: number) {
  const chart = page.getByTestId(`chart-${id}`);
  const link = chart.locator("svg a").filter({ visible: true }).nth(index);
  const href = (await link.getAttribute("href"))!;
  const value = digits((await link.getAttribute("aria-label"))!.split(":").at(-1)!);
  const row = chart.locator("table tbody tr").nth(index);
  await expect(row.locator("a")).toHaveAttribute("href", href);
  expect(digits(await row.locator("td").textContent())).toBe(value);
  return { href, value };
}

for (const locale of LOCALES) {
  test(`home charts link to catalogue pages with the same counts (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}`);
    for (const id of ["by-theme", "top-donors", "top-recipients", "by-year"]) await expectAccessibleChart(page, id);
    await expect(page.getByTestId("chart-by-theme").locator("svg a").filter({ visible: true })).toHaveCount(5);
    await expect(page.getByTestId("latest-list").locator("li")).toHaveCount(6);
    const checks: { href: string; value: number; exact: boolean; filter: RegExp }[] = [];
    for (const [id, filter] of [
      ["by-theme", /theme=/],
      ["top-donors", /donor=/],
      ["top-recipients", /country=/],
    ] as const)
      for (const index of [0, 1]) checks.push({ ...(await bar(page, id, index)), exact: true, filter });
    checks.push({ ...(await bar(page, "by-year", 0)), exact: true, filter: /started=\d{4}/ });
    for (const check of checks) {
      expect(check.href).toMatch(new RegExp(`^/${locale}/initiatives\\?`));
      expect(check.href).toMatch(check.filter);
      await page.goto(check.href);
      const count = await resultCount(page);
      if (check.exact) expect(count, check.href).toBe(check.value);
      else expect(count, check.href).toBeGreaterThanOrEqual(check.value);
    }
  });

  test(`GGE timeline shows sessions, members, chairs and outcomes (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/gge`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("#gge-timeline-title")).not.toBeEmpty();
    await expect(page.locator("svg > desc").first()).not.toBeEmpty();
    const items = page.getByTestId("gge-timeline").locator(":scope > li");
    await expect(items).toHaveCount(7);
    await expect(items.first()).toContainText("A/RES/53/70");
    for (const [number, members] of [
      [1, 15],
      [2, 15],
      [3, 15],
      [4, 20],
      [5, 25],
    ]) {
      const session = page.getByTestId(`session-${number}`);
      expect(digits(await session.getByTestId("member-count").textContent())).toBe(members);
      await expect(session.locator("details a[href*='/countries/']")).toHaveCount(members);
    }
    await expect(page.getByTestId("session-3")).toContainText(locale === "ja" ? "デボラ・ストークス" : "Deborah Stokes");
    await expect(page.getByTestId("session-3").locator(`a[href="/${locale}/gge/a-68-98"]`)).toBeVisible();
    await expect(page.getByTestId("session-5").locator(`a[href="/${locale}/countries/DE"]`).first()).toBeAttached();
    await expect(items.last()).toContainText("2024");
    await expect(page.locator(`link[rel=alternate][hreflang=fr]`)).toHaveAttribute("href", /\/fr\/gge$/);
  });

  test(`GGE report pages show symbol, key points and the original (${locale})`, async ({ page }) => {
    for (const [slug, symbol] of locale === "en" ? REPORTS : REPORTS.slice(3)) {
      await page.goto(`/${locale}/gge/${slug}`);
      await expect(page.getByTestId("symbol")).toHaveText(symbol);
      await expect(page.getByTestId("original-link")).toHaveAttribute("href", `https://undocs.org/${symbol}`);
      await expect(page.locator("[data-testid^=topic-] li").first()).toBeVisible();
    }
    await expect(page.getByTestId("topic-international-law").locator("li")).toHaveCount(5);
    await expect(page.getByTestId("topic-norms")).toContainText("13(f)");
    const missing = await page.goto(`/${locale}/gge/a-99-999`);
    expect(missing?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
  });

  test(`GGE comparison shows members over time and topics per report (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/gge/compare`);
    const table = page.getByTestId("membership-table");
    await expect(table.locator("tbody tr")).toHaveCount(38);
    for (const [number, members] of [
      [1, 15],
      [4, 20],
      [5, 25],
    ])
      expect(digits(await page.getByTestId(`count-${number}`).textContent())).toBe(members);
    await expect(page.getByTestId("changes-3").locator(`a[href="/${locale}/countries/JP"]`)).toBeVisible();
    const topics = page.getByTestId("topic-table");
    await expect(topics.locator("thead th")).toHaveCount(6);
    await expect(topics.locator(`a[href="/${locale}/gge/a-70-174#norms"]`)).toHaveText(/13/);
  });

  test(`about page lists the sources with counts and the typology (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}/about`);
    const thesis = page.getByTestId("source-murakami-2018");
    const api = await (await request.get(`/api/v1/initiatives?pageSize=1`)).json();
    const counts = await page.locator("[data-testid^=source-] [data-testid=count-initiatives]").allTextContents();
    expect(counts.length).toBeGreaterThan(0);
    expect(counts.map(digits).reduce((a, b) => a + b, 0)).toBe(api.total);
    expect(digits(await thesis.getByTestId("count-ggeDocuments").textContent())).toBe(5);
    await expect(page.locator("[data-testid^=approach-]")).toHaveCount(10);
    await expect(page.getByTestId("approach-uk-model").locator(`a[href^="/${locale}/organisations/"]`).first()).toBeVisible();
  });
}

for (const [locale, path] of [
  ["ja", ""],
  ["en", "/gge"],
  ["fr", "/gge/a-70-174"],
  ["ja", "/gge/compare"],
  ["fr", "/about"],
  ["en", ""],
  ["ja", "/gge"],
  ["en", "/about"],
] as const) {
  test(`no axe violations on /${locale}${path}`, async ({ page }) => {
    await page.goto(`/${locale}${path}`);
    await page.locator("details").evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await expectNoAxeViolations(page);
  });
}

test("the pages work without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr");
  await expect(page.getByTestId("chart-by-theme").locator("svg a").filter({ visible: true })).toHaveCount(5);
  await page.getByTestId("chart-by-theme").locator("summary").click();
  await expect(page.getByTestId("chart-by-theme").locator("table")).toBeVisible();
  await page.goto("/fr/gge");
  await page.getByTestId("session-4").locator("summary").click();
  await expect(page.getByTestId("session-4").locator("details a[href*='/countries/']").first()).toBeVisible();
  // The membership map links every member country to its page and says in how many sessions it sat.
  await expect(page.getByTestId("world-map").locator("a[data-code=JP]")).toHaveAttribute("href", /\/countries\/JP$/);
  await expect(page.getByTestId("world-map").locator("a[data-code=JP]")).toHaveAttribute("aria-label", /Japon.*3 sessions/);
  await expect(page.getByTestId("world-map-table")).toBeAttached();
  await page.getByTestId("session-4").locator("a[href='/fr/gge/a-70-174']").click();
  await expect(page.getByTestId("symbol")).toHaveText("A/70/174");
  await context.close();
});
