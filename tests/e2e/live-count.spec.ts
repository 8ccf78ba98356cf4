import { expect, test, type Route } from "@playwright/test";

const queryOf = (url: string) => new URL(url).searchParams.get("q");

// The count previewed while typing comes from the newest query only, whatever order the API replies in.
test("a slower reply to an older query does not overwrite the live count", async ({ page }) => {
  await page.goto("/fr/initiatives");
  const live = page.locator("[data-live-count]");
  let held: Route | null = null;
  const heldSeen = new Promise<void>(
    (resolve) =>
      void page.route(/\/api\/v1\/initiatives\?/, async (route) => {
        if (queryOf(route.request().url()) === "ASE" && !held) {
          held = route;
          resolve();
        } else await route.continue();
      }),
  );
  // Settled either way: answered, or aborted by the page when a newer query started.
  const olderSettled = new Promise<void>((resolve) => {
    page.on("response", (response) => queryOf(response.url()) === "ASE" && resolve());
    page.on("requestfailed", (request) => queryOf(request.url()) === "ASE" && resolve());
  });

  await page.locator("#q").fill("ASE");
  await heldSeen;
  const newest = page.waitForResponse((response) => queryOf(response.url()) === "ASEAN");
  await page.locator("#q").fill("ASEAN");
  const { total } = await (await newest).json();
  await expect(live).toContainText(new Intl.NumberFormat("fr").format(total));

  // Now the older query answers, last.
  const older = await page.request.get(held!.request().url());
  expect((await older.json()).total).not.toBe(total);
  await held!.fulfill({ response: older }).catch(() => {}); // already aborted by the page: nothing to answer
  await olderSettled;
  // Give a late reply the few event-loop turns it needs to reach the DOM before checking it did not.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
  expect(((await live.textContent()) ?? "").replace(/\D/g, "")).toBe(String(total));
});
