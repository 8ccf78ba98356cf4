// npm run lighthouse - Lighthouse (mobile preset) on the production build, five main pages; prints the four scores.
// Needs `npm run build` first. PORT (default 3000) and DATABASE_URL choose the server; BASE_URL skips starting one.
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const port = Number(process.env.PORT ?? 3000);
const base = process.env.BASE_URL ?? `http://localhost:${port}`;
const PAGES = [
  "/en",
  "/en/initiatives",
  "/en/countries",
  "/en/countries/KE",
  "/en/initiatives/ict4peace-international-cyber-security-negotiations-capacity-building",
];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"];

async function waitFor(url, seconds = 60) {
  for (let i = 0; i < seconds * 2; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not answer`);
}

const server = process.env.BASE_URL ? null : spawn("npx", ["next", "start", "-p", String(port)], { stdio: "ignore", detached: true, env: process.env });
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let failed = false;
try {
  await waitFor(`${base}/en`);
  for (const path of PAGES) await fetch(base + path); // warm up: the first render compiles nothing but fills caches
  const rows = [];
  for (const path of PAGES) {
    const result = await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES });
    const { categories, audits } = result.lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c].score ?? 0) * 100));
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    rows.push({
      page: path.length > 40 ? `${path.slice(0, 39)}…` : path,
      performance: scores[0],
      accessibility: scores[1],
      "best-practices": scores[2],
      seo: scores[3],
      LCP: audits["largest-contentful-paint"].displayValue,
      TBT: audits["total-blocking-time"].displayValue,
      failing: failing.join(" "),
    });
  }
  console.table(rows);
} catch (error) {
  console.error(error);
  failed = true;
} finally {
  await chrome.kill();
  if (server) process.kill(-server.pid);
}
process.exit(failed ? 1 : 0);
