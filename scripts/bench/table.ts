// npx tsx scripts/bench/table.ts bench/results/a.json [b.json ...] - one Markdown table of p50/p95
// (and the ratio to the floor) per case, a column per result file, for the README.
import fs from "node:fs";

type Result = {
  name: string;
  n: number;
  statuses: Record<string, number>;
  p50: number | null;
  p95: number | null;
  ratioP50: number | null;
  ratioP95: number | null;
  floor: { p50: number | null; p95: number | null } | null;
};
type Report = {
  label: string;
  published: number;
  machine: { loadAverage: number[] };
  options: { requests: number };
  results: Result[];
  memory?: { serving: { rssBytes: number } };
  clientJs?: { totalGzipBytes?: number };
  admin?: { savesMs?: number[]; importRows?: number; importTotalMs?: number } | null;
};

const reports = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as Report);
const fmt = (v: number | null | undefined) =>
  v === null || v === undefined ? "–" : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : v >= 1 ? `${v.toFixed(0)} ms` : `${v.toFixed(2)} ms`;
const cell = (r: Result | undefined) => {
  if (!r) return "";
  const bad = Object.keys(r.statuses).filter((s) => s !== "200");
  if (!r.n) return bad.join(", ");
  const floor = r.floor ? ` (floor ${fmt(r.floor.p50)} / ${fmt(r.floor.p95)}: ${r.ratioP50?.toFixed(0)}× / ${r.ratioP95?.toFixed(0)}×)` : "";
  return `${fmt(r.p50)} / ${fmt(r.p95)}${floor}${bad.length ? ` [${bad.join(", ")}]` : ""}`;
};

console.log(
  `| case: p50 / p95 (floor p50 / p95: ratios) | ${reports.map((r) => `${r.published.toLocaleString("en")} initiatives, n=${r.options.requests}`).join(" | ")} |`,
);
console.log(`|---|${reports.map(() => "---").join("|")}|`);
for (const name of reports[0].results.map((r) => r.name))
  console.log(`| ${name} | ${reports.map((r) => cell(r.results.find((x) => x.name === name))).join(" | ")} |`);
const row = (label: string, f: (r: Report) => string) => console.log(`| ${label} | ${reports.map(f).join(" | ")} |`);
row("server RSS after the run", (r) => (r.memory ? `${(r.memory.serving.rssBytes / 2 ** 20).toFixed(0)} MiB` : "–"));
row("catalogue first-load JS (gzip)", (r) => (r.clientJs?.totalGzipBytes ? `${(r.clientJs.totalGzipBytes / 1000).toFixed(1)} kB` : "–"));
row("admin save (first / median of 5)", (r) => (r.admin?.savesMs ? `${fmt(r.admin.savesMs[0])} / ${fmt([...r.admin.savesMs].sort((a, b) => a - b)[2])}` : "–"));
row("CSV import, 1,000 rows", (r) => (r.admin?.importTotalMs ? fmt(r.admin.importTotalMs) : "–"));
row("load average (1/5/15 min) at the start", (r) => r.machine.loadAverage.map((l) => l.toFixed(0)).join(" / "));
