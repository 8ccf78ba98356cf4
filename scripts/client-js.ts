// npm run client-js - first-load JavaScript (gzip) of the main pages, without the whole benchmark.
// Asks a running production server (`npm run build && npm start`) at BASE_URL (default http://localhost:3000).
// Usage: npm run client-js [-- /en/some/page ...]   (VERBOSE=1 lists every script)
import { firstLoadJs } from "./bench/client-js";

const PAGES = (process.argv.slice(2).length ? process.argv.slice(2) : null) ?? [
  "/en",
  "/en/initiatives",
  "/en/countries",
  "/en/countries/KE",
  "/en/initiatives/ict4peace-international-cyber-security-negotiations-capacity-building",
];

const base = process.env.BASE_URL ?? "http://localhost:3000";
const rows = [];
for (const page of PAGES) {
  const result = await firstLoadJs(base, page);
  rows.push({
    page: page.length > 40 ? `${page.slice(0, 39)}…` : page,
    scripts: result.files.filter((f) => !f.noModule).length,
    "kB gzip": +(result.totalGzipBytes / 1000).toFixed(1),
    "kB raw": +(result.totalBytes / 1000).toFixed(1),
    "+ noModule kB gzip": +(result.noModuleGzipBytes / 1000).toFixed(1),
  });
}
console.table(rows);
if (process.env.VERBOSE)
  for (const page of PAGES)
    console.table((await firstLoadJs(base, page)).files.map((f) => ({ src: f.src.slice(-60), noModule: f.noModule, gzip: f.gzipBytes })));
