import { chromium } from "@playwright/test";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const page = await (await browser.newContext({ viewport: { width: 1200, height: 1400 } })).newPage();
for (const spec of process.argv.slice(2)) {
  const [url, file, y] = spec.split("|");
  await page.goto("http://localhost:3201/" + url);
  await page.mouse.wheel(0, Number(y ?? 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/${file}.png` });
}
await browser.close();
