// npm run lighthouse - Lighthouse (mobile preset) on the production build, five main pages; prints the four scores.
// Needs `npm run build` first. PORT (default 3000) and DATABASE_URL choose the server; BASE_URL skips starting one.
// RUNS=n (default 1) runs each page n times and prints the median run (by performance score): the machine
// is shared, so single runs are noisy. DETAILS=1 also prints where main-thread time and bytes go.
// Arguments, if any, replace the list of pages: npm run lighthouse -- /fr/countries
import { spawn } from "node:child_process";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const port = Number(process.env.PORT ?? 3000);
const base = process.env.BASE_URL ?? `http://localhost:${port}`;
const DEFAULT_PAGES = [
  "/en",
  "/en/initiatives",
  "/en/countries",
  "/en/countries/KE",
  "/en/initiatives/ict4peace-international-cyber-security-negotiations-capacity-building",
];
const PAGES = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_PAGES;
const RUNS = Math.max(1, Number(process.env.RUNS ?? 1));
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

function details(path, audits) {
  console.log(`\n${path}`);
  for (const id of ["mainthread-work-breakdown", "bootup-time", "dom-size", "render-blocking-resources", "largest-contentful-paint-element", "long-tasks"]) {
    const audit = audits[id];
    if (!audit) continue;
    console.log(`  ${id}: ${audit.displayValue ?? ""}`);
    const items = (audit.details?.items ?? []).flatMap((item) => (item.type === "table" ? (item.items ?? []) : [item]));
    for (const item of items.slice(0, 8)) {
      const row = Object.entries(item)
        .map(([k, v]) => [k, v && typeof v === "object" && "snippet" in v ? v.snippet : v])
        .filter(([, v]) => typeof v !== "object")
        .map(([k, v]) => `${k}=${typeof v === "number" ? Math.round(v) : String(v).slice(-60)}`)
        .join(" ");
      console.log(`    ${row}`);
    }
  }
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
    const runs = [];
    for (let i = 0; i < RUNS; i++)
      runs.push((await lighthouse(base + path, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: CATEGORIES })).lhr);
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const { categories, audits } = runs[Math.floor((runs.length - 1) / 2)];
    if (process.env.DETAILS) details(path, audits);
    const scores = CATEGORIES.map((c) => Math.round((categories[c].score ?? 0) * 100));
    const failing = Object.values(audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    rows.push({
      page: path.length > 40 ? `${path.slice(0, 39)}…` : path,
      ...(RUNS > 1 ? { "perf (all runs)": runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)).join(" ") } : {}),
      performance: scores[0],
      accessibility: scores[1],
      "best-practices": scores[2],
      seo: scores[3],
      FCP: audits["first-contentful-paint"].displayValue,
      LCP: audits["largest-contentful-paint"].displayValue,
      TBT: audits["total-blocking-time"].displayValue,
      CLS: audits["cumulative-layout-shift"].displayValue,
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
