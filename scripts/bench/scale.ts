// npm run bench:scale -- --db data/synthetic.db [--requests 50] [--label name] [--port 3207]
//   [--warmup 2] [--timeout 60] [--budget 600] [--rare matchmaking] [--only regex] [--admin-rows 1000] [--no-admin]
// --db is an SQLite file or a postgresql:// URL (e.g. filled by npm run data:synthetic -- --out <url>).
// Starts the production build on the database, times a fixed mix of API calls and pages (sequential
// requests), times the floor (raw FTS5 / indexed lookups through better-sqlite3; on PostgreSQL the
// trigram query and the lookups through pg) for the same cases, reads the server's RSS, the catalogue's
// first-load JS, one admin save and one 1,000-row CSV import (on a throwaway copy of the database), and
// writes everything to bench/results/<label>-<timestamp>.json. Prints numbers; asserts nothing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { benchCases } from "./cases";
import { ids, lookupFloor, openFloorDatabase } from "./floor-sql";
import { openPgFloorDatabase } from "./floor-pg";
import { pgCopy, pgDatabaseBytes } from "./pg-copy";
import { startServer, stopServer, serverMemory } from "./server";
import { firstLoadJs } from "./client-js";
import { machineInfo } from "./machine";
import { percentile, timeCase } from "./timing";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    requests: { type: "string", default: "50" },
    warmup: { type: "string", default: "2" },
    label: { type: "string" },
    port: { type: "string", default: process.env.PORT ?? "3207" },
    timeout: { type: "string", default: "60" },
    budget: { type: "string", default: "600" },
    rare: { type: "string", default: "matchmaking" },
    only: { type: "string" },
    "admin-rows": { type: "string", default: "1000" },
    "no-admin": { type: "boolean", default: false },
  },
});
const postgres = /^postgres(ql)?:\/\//i.test(values.db ?? "");
if (!values.db || (!postgres && !fs.existsSync(values.db))) throw new Error("--db <existing database file or postgresql:// URL> is required");
const dbFile = postgres ? null : path.resolve(values.db);
const databaseUrl = dbFile ? `file:${dbFile}` : values.db;
const dbName = dbFile ? path.relative(process.cwd(), dbFile) : `PostgreSQL database ${new URL(databaseUrl).pathname.slice(1)}`;
const requests = Number(values.requests);
const options = { requests, warmup: Number(values.warmup), timeoutMs: Number(values.timeout) * 1000, budgetMs: Number(values.budget) * 1000 };
const label = values.label ?? (dbFile ? path.basename(dbFile, ".db") : `pg-${new URL(databaseUrl).pathname.slice(1)}`);
const ms = (value: number | null | undefined) =>
  value === null || value === undefined ? "-" : value >= 100 ? value.toFixed(0) : value >= 1 ? value.toFixed(1) : value.toFixed(3);
const ratio = (a: number | null, b: number | null) => (a !== null && b ? a / b : null);

async function main() {
  const machine = { ...machineInfo(dbFile ?? databaseUrl), ...(postgres ? { dbBytes: await pgDatabaseBytes(databaseUrl) } : {}) };
  console.log(
    `${machine.cpuModel}, ${machine.cores} cores, ${(machine.ramBytes / 2 ** 30).toFixed(1)} GiB RAM, node ${machine.node}, load ${machine.loadAverage.map((l) => l.toFixed(1)).join(" ")}`,
  );
  console.log(`database ${dbName}: ${(machine.dbBytes / 2 ** 20).toFixed(1)} MiB`);
  const cases = benchCases(values.rare!).filter((c) => !values.only || new RegExp(values.only).test(c.name));

  // The floor first, while nothing else uses the file.
  const floorDb = dbFile ? openFloorDatabase(dbFile) : await openPgFloorDatabase(databaseUrl);
  const published = await floorDb.count(lookupFloor(ids.all));
  const floors = new Map<string, { p50: number | null; p95: number | null; matches: number }>();
  for (const c of cases) {
    if (!c.floor) continue;
    const key = JSON.stringify(c.floor);
    if (floors.has(key)) continue;
    const run = floorDb.prepare(c.floor);
    for (let k = 0; k < 3; k++) await run();
    // Cheap floors are sampled longer (≥ 2 s, up to 1,000 runs) so that scheduler noise does not make their p95.
    const samples: number[] = [];
    for (const started = performance.now(); samples.length < requests || (performance.now() - started < 2000 && samples.length < 1000);)
      samples.push(await run());
    floors.set(key, { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), matches: await floorDb.count(c.floor) });
  }
  await floorDb.close();
  console.log(
    `${published} published initiatives; ${options.requests} requests per case after ${options.warmup} warm-up, timeout ${values.timeout} s, budget ${values.budget} s per case`,
  );

  const server = await startServer(databaseUrl, Number(values.port));
  const results = [];
  let memory: ReturnType<typeof serverMemory>;
  let clientJs: Awaited<ReturnType<typeof firstLoadJs>> | { error: string };
  try {
    console.log(
      `${"case".padEnd(44)} ${"n".padStart(3)} ${"status".padEnd(10)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"floor p50".padStart(9)} ${"floor p95".padStart(9)} ${"×p50".padStart(7)} ${"×p95".padStart(7)}  matches/total`,
    );
    for (const c of cases) {
      const timed = await timeCase(server.base + c.path, options);
      const floor = c.floor ? floors.get(JSON.stringify(c.floor))! : null;
      let total: number | null = null;
      if (c.path.startsWith("/api/") && timed.firstBody) {
        try {
          total = (JSON.parse(timed.firstBody) as { total?: number }).total ?? null;
        } catch {
          // not JSON (an error page)
        }
      }
      const result = {
        ...c,
        floor: floor ? { ...floor, kind: c.floor!.kind } : null,
        n: timed.samples.length,
        statuses: timed.statuses,
        p50: timed.p50,
        p95: timed.p95,
        samplesMs: timed.samples,
        ratioP50: ratio(timed.p50, floor?.p50 ?? null),
        ratioP95: ratio(timed.p95, floor?.p95 ?? null),
        apiTotal: total,
      };
      results.push(result);
      const status = Object.entries(timed.statuses)
        .map(([s, n]) => (Object.keys(timed.statuses).length > 1 ? `${s}×${n}` : s))
        .join(",");
      const counts = floor ? `${floor.matches}${total !== null ? `/${total}` : ""}` : "";
      console.log(
        `${c.name.padEnd(44)} ${String(result.n).padStart(3)} ${status.padEnd(10)} ${ms(result.p50).padStart(8)} ${ms(result.p95).padStart(8)} ${ms(floor?.p50).padStart(9)} ${ms(floor?.p95).padStart(9)} ${(result.ratioP50 ? `${result.ratioP50.toFixed(0)}×` : "-").padStart(7)} ${(result.ratioP95 ? `${result.ratioP95.toFixed(0)}×` : "-").padStart(7)}  ${counts}`,
      );
    }
    memory = serverMemory(server);
    clientJs = await firstLoadJs(server.base, "/en/initiatives").catch((error: Error) => ({ error: error.message }));
  } finally {
    await stopServer(server);
  }
  console.log(
    `server RSS after the run: ${(memory.serving.rssBytes / 2 ** 20).toFixed(0)} MiB (peak ${(memory.serving.peakRssBytes / 2 ** 20).toFixed(0)} MiB), pid ${memory.serving.pid} ${memory.serving.name}`,
  );
  if ("totalGzipBytes" in clientJs)
    console.log(
      `catalogue first-load JS: ${clientJs.files.filter((f) => !f.noModule).length} scripts, ${(clientJs.totalGzipBytes / 1000).toFixed(1)} kB gzip (${(clientJs.totalBytes / 1000).toFixed(1)} kB raw; legacy noModule polyfills not counted: ${(clientJs.noModuleGzipBytes / 1000).toFixed(1)} kB gzip)`,
    );

  let admin: unknown = null;
  if (!values["no-admin"]) {
    // On a throwaway copy: the save and the import write to the database.
    const copy = dbFile ? { url: path.join(os.tmpdir(), `bench-admin-${process.pid}.db`), drop: async () => {} } : await pgCopy(databaseUrl);
    if (dbFile) {
      fs.copyFileSync(dbFile, copy.url);
      if (fs.existsSync(`${dbFile}-wal`)) fs.copyFileSync(`${dbFile}-wal`, `${copy.url}-wal`);
    }
    const run = spawnSync(
      path.resolve("node_modules/.bin/tsx"),
      ["--conditions=react-server", "scripts/bench/admin-timing.ts", copy.url, values["admin-rows"]!, "5"],
      { encoding: "utf8", maxBuffer: 1 << 24 },
    );
    if (dbFile) for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(copy.url + suffix, { force: true });
    await copy.drop();
    const line = run.stdout.trim().split("\n").pop() ?? "";
    try {
      admin = JSON.parse(line);
      const a = admin as { savesMs: number[]; importRows: number; importPreviewMs: number; importCommitMs: number; importTotalMs: number };
      console.log(`admin save (in-process saveInitiative): first ${ms(a.savesMs[0])} ms, median of ${a.savesMs.length} ${ms(percentile(a.savesMs, 0.5))} ms`);
      console.log(
        `CSV import of ${a.importRows} rows (in-process previewImport + commitImport): ${(a.importTotalMs / 1000).toFixed(1)} s (preview ${(a.importPreviewMs / 1000).toFixed(1)} s, commit ${(a.importCommitMs / 1000).toFixed(1)} s)`,
      );
    } catch {
      admin = { error: (run.stderr || line).trim().slice(-2000) };
      console.log(`admin timing failed: ${(admin as { error: string }).error}`);
    }
  }

  const report = {
    label,
    startedAt: new Date().toISOString(),
    machine,
    published,
    options: { ...options, rareWord: values.rare, only: values.only ?? null },
    results,
    memory,
    clientJs,
    admin,
  };
  fs.mkdirSync("bench/results", { recursive: true });
  const out = path.join("bench/results", `${label}-${new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19)}.json`);
  fs.writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  console.log(`wrote ${out}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
