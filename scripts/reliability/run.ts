// npm run test:reliability [-- --duration 60 --crashes 20 --port 3211 --readers 200 --writers 5 --timeout 60 --skip-fuzz]
// Needs a production build first (npm run build). Builds a fresh database in a temp file, starts the
// production server on it, creates an admin with `admin:create`, then runs fuzz, load and crash
// campaigns and prints one table. It asserts nothing about timings; it exits 1 when a count that must
// be zero is not.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { cpuSeconds, createAdmin, freshDatabase, rssMiB, startServer, stopServer } from "./server";
import { signIn } from "./form";
import { runFuzz } from "./fuzz";
import { runWriters } from "./writer";
import { changedTables, checkAcks, integrityOk, snapshot, textIndexConsistent, type Ack } from "./db";

const { values: flags } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    crashes: { type: "string", default: "20" },
    port: { type: "string", default: "3211" },
    readers: { type: "string", default: "200" },
    writers: { type: "string", default: "5" },
    // Seconds a reader waits for an answer. 200 readers without pause on two shared cores queue for
    // seconds (the server admits requests in arrival order); autocannon's own default is 10.
    timeout: { type: "string", default: "60" },
    "skip-fuzz": { type: "boolean", default: false },
  },
});
const DURATION = Number(flags.duration);
const CRASHES = Number(flags.crashes);
const PORT = Number(flags.port);
if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-reliability-"));
const dbFile = path.join(dir, "portal.db");
const logFile = path.join(dir, "server.log");
const ADMIN = { email: "reliability-admin@example.org", password: `reliability-${Date.now()}-password` };
const rows: [string, string, string][] = [];
let failed = false;
const row = (campaign: string, measure: string, value: string | number, mustBeZero = false) => {
  if (mustBeZero && value !== 0) failed = true;
  rows.push([campaign, measure, String(value) + (mustBeZero ? (value === 0 ? "  ✓" : "  ✗") : "")]);
};
const step = (message: string) => console.error(`[reliability] ${message}`);

step(`fresh database in ${dbFile}`);
freshDatabase(dbFile);
createAdmin(dbFile, ADMIN.email, ADMIN.password);
let server = await startServer(dbFile, PORT, logFile);
process.on("exit", () => server.child.kill("SIGKILL")); // never leave a server behind, even on a crash
const session = await signIn(server.base, ADMIN.email, ADMIN.password);
const SLUGS = ["cybergreen-initiative", "glacy-plus", "iproceeds"];

// Fuzz.
if (!flags["skip-fuzz"]) {
  step("fuzz");
  const before = snapshot(dbFile);
  const fuzz = await runFuzz(session, SLUGS[0]);
  const changed = changedTables(before, snapshot(dbFile));
  row("fuzz", "bad inputs sent", fuzz.total);
  for (const [kind, { count, fiveXX }] of Object.entries(fuzz.byKind)) row("fuzz", `5xx answers: ${kind} (${count})`, fiveXX, true);
  row("fuzz", "bad admin-form inputs accepted (saved)", fuzz.accepted.length, true);
  row("fuzz", "tables changed by rejected inputs", changed.length, true);
  for (const label of fuzz.accepted.slice(0, 10)) step(`accepted: ${label}`);
  for (const example of fuzz.examples) step(`5xx: ${example}`);
  if (changed.length) step(`changed: ${changed.join(", ")}`);
}

// Load: readers through autocannon, writers through the admin form, at the same time.
step(`load for ${DURATION} s`);
const rssBefore = rssMiB(server);
const cpuBefore = cpuSeconds(server);
let rssPeak = rssBefore;
const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(server))), 1000);
let stop = false;
const readers = autocannon({
  url: server.base,
  connections: Number(flags.readers),
  duration: DURATION,
  timeout: Number(flags.timeout),
  requests: [
    { path: "/en" },
    { path: "/ja/initiatives?q=%E3%82%B5%E3%82%A4%E3%83%90%E3%83%BC" },
    { path: "/api/v1/initiatives?q=cyber&pageSize=50" },
    { path: "/fr/initiatives?theme=awareness&page=2" },
    { path: "/en/countries" },
    { path: "/api/v1/initiatives/glacy-plus" },
    { path: "/en/themes" },
    { path: "/fr/initiatives/iproceeds" },
    { path: "/ja/organisations" },
  ],
});
const writing = runWriters(session, SLUGS, Number(flags.writers), () => stop, "load");
const readResult = await readers;
stop = true;
const writeStats = await writing;
clearInterval(sampler);
const cpuUsed = cpuSeconds(server) - cpuBefore;
const acks = checkAcks(dbFile, writeStats.acks);
row("load", `readers / writers / seconds / reader timeout (s)`, `${flags.readers} / ${flags.writers} / ${DURATION} / ${flags.timeout}`);
row("load", "read requests answered (per second)", `${readResult.requests.total} (${(readResult.requests.total / DURATION).toFixed(1)})`);
row("load", "read errors (network + timeouts + non-2xx)", readResult.errors + readResult.timeouts + readResult.non2xx, true);
row("load", "read latency p50 / p99 (ms)", `${readResult.latency.p50} / ${readResult.latency.p99}`);
row("load", "writes acknowledged / conflicts refused", `${writeStats.acks.length} / ${writeStats.conflicts}`);
row("load", "write errors", writeStats.errors.length, true);
row("load", "acknowledged writes missing from the audit log", acks.missing, true);
row("load", "versions acknowledged twice (overwrites)", acks.duplicated, true);
row("load", "server CPU seconds used (share of one core)", `${cpuUsed.toFixed(1)} (${Math.round((cpuUsed / DURATION) * 100)} %)`);
row("load", "server RSS before / peak / after (MiB)", `${rssBefore} / ${rssPeak} / ${rssMiB(server)}`);
if (writeStats.errors.length) step(`write errors: ${[...new Set(writeStats.errors)].slice(0, 5).join("; ")}`);

// Crash: kill -9 while writers save, restart, check.
step(`crash × ${CRASHES}`);
const crashAcks: Ack[] = [];
let integrityFailures = 0;
let indexFailures = 0;
let restartFailures = 0;
for (let i = 0; i < CRASHES; i++) {
  let halt = false;
  const writers = runWriters(session, SLUGS, 3, () => halt, `crash${i}`, true);
  // Long enough for some saves to be acknowledged on a slow machine, short enough to cut others.
  await new Promise((r) => setTimeout(r, 2000 + Math.random() * 4000));
  await stopServer(server, "SIGKILL");
  halt = true;
  crashAcks.push(...(await writers).acks);
  if (!integrityOk(dbFile)) integrityFailures++;
  if (!textIndexConsistent(dbFile)) indexFailures++;
  try {
    server = await startServer(dbFile, PORT, logFile);
  } catch {
    restartFailures++;
    break;
  }
}
const crashCheck = checkAcks(dbFile, crashAcks);
row("crash", "kill -9 while saving, then restart", CRASHES);
row("crash", "writes acknowledged before the kills", crashAcks.length);
row("crash", "restarts that failed", restartFailures, true);
row("crash", "integrity_check not ok", integrityFailures, true);
row("crash", "text index ≠ its table", indexFailures, true);
row("crash", "acknowledged writes missing", crashCheck.missing, true);
await stopServer(server);

const width = [Math.max(...rows.map((r) => r[0].length), 8), Math.max(...rows.map((r) => r[1].length), 7)];
console.log(`| campaign | measure | result |\n|---|---|---|`);
for (const [c, m, v] of rows) console.log(`| ${c.padEnd(width[0])} | ${m.padEnd(width[1])} | ${v} |`);
console.log(`\n(server log: ${logFile})`);
process.exit(failed ? 1 : 0);
