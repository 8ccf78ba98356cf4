// npm run data:synthetic -- --count 100000 --out data/synthetic.db [--seed 42] [--batch 500] [--force]
// Builds a separate database: migrations, reference data and the real seed, then `count` published
// synthetic initiatives written through writeInitiative (the admin/seed write path, FTS triggers included).
// --out may also be a postgresql:// URL of an empty database (same write path; no --force, no --snapshot).
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { loadSeedData } from "../../lib/seed/load-seed-data";
import { mulberry32 } from "./random";
import { buildVocabulary } from "./vocabulary";
import { makeComposer } from "./compose";
import { withReferenceCache } from "./reference-cache";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    out: { type: "string", default: "data/synthetic.db" },
    seed: { type: "string", default: "42" },
    batch: { type: "string", default: "500" },
    force: { type: "boolean", default: false },
    /** Continue a database an earlier run (same --seed) left unfinished: same records as an uninterrupted run. */
    resume: { type: "boolean", default: false },
    /** "10000:data/synthetic-10k.db": also save a copy once that many are written (same records as --count 10000). */
    snapshot: { type: "string", multiple: true, default: [] },
  },
});
const count = Number(values.count);
const batch = Number(values.batch);
// Not lib/env's databaseEngine: lib/env reads DATABASE_URL once, when loaded, and it is set below.
const postgres = /^postgres(ql)?:\/\//i.test(values.out!);
const out = postgres ? values.out! : path.resolve(values.out!);
if (!Number.isInteger(count) || count < 0 || !Number.isInteger(batch) || batch < 1) throw new Error("--count and --batch must be whole numbers");
if (postgres && values.snapshot!.length) throw new Error("--snapshot works on SQLite files only");
if (out === path.resolve("data/portal.db")) throw new Error("refusing to write to data/portal.db");
if (!postgres && fs.existsSync(out) && !values.resume) {
  if (!values.force) throw new Error(`${values.out} exists: pass --force to replace it`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(out + suffix, { force: true });
}
if (!postgres) fs.mkdirSync(path.dirname(out), { recursive: true });
const snapshots = new Map(
  values.snapshot!.map((spec) => {
    const [at, file] = [Number(spec.split(":")[0]), path.resolve(spec.slice(spec.indexOf(":") + 1))];
    if (!Number.isInteger(at) || at % batch !== 0 || at > count) throw new Error(`--snapshot ${spec}: N must be a multiple of --batch, at most --count`);
    if (file === path.resolve("data/portal.db") || (fs.existsSync(file) && !values.force)) throw new Error(`--snapshot ${spec}: refusing to overwrite ${file}`);
    return [at, file] as const;
  }),
);

async function main() {
  const started = performance.now();
  process.env.DATABASE_URL = postgres ? out : `file:${out}`;
  const resuming = values.resume && (postgres || fs.existsSync(out));
  const migrate = spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/migrate.ts", "deploy"], { stdio: "inherit", env: process.env });
  if (migrate.status !== 0) throw new Error("migrations failed");

  // Imported only now: the Prisma client reads DATABASE_URL when it loads.
  const { prisma } = await import("../../lib/db/client");
  const { seedDatabase } = await import("../../lib/seed/seed-database");
  const { writeInitiative } = await import("../../lib/db/initiative-write");
  if (!resuming) console.log(`seed: ${JSON.stringify(await seedDatabase(prisma))}`);

  const { data } = loadSeedData();
  const compose = makeComposer(buildVocabulary(data));
  const random = mulberry32(Number(values.seed));
  // Records are written in order, a batch per transaction: the ones present are exactly 1..written.
  const written = resuming ? await prisma.initiative.count({ where: { slug: { startsWith: "synthetic-" } } }) : 0;
  if (postgres && !resuming && (await prisma.initiative.count({ where: { slug: { startsWith: "synthetic-" } } })))
    throw new Error("the database already holds synthetic initiatives: use an empty database, or --resume");
  for (let n = 1; n <= written; n++) compose(n, random); // replays the PRNG up to where the last run stopped
  if (resuming) console.log(`resuming after ${written} synthetic initiatives`);
  const references = new Map<string, Promise<Record<string, unknown>[]>>();
  const writeStarted = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let from = written + 1; from <= count; from += batch) {
    const inputs: ReturnType<typeof compose>[] = [];
    for (let n = from; n < Math.min(from + batch, count + 1); n++) inputs.push(compose(n, random));
    await prisma.$transaction(
      async (tx) => {
        const cached = withReferenceCache(tx, references, { fresh: true });
        for (const input of inputs) await writeInitiative(cached, input, { version: 1 });
      },
      { timeout: 600_000, maxWait: 60_000 },
    );
    const done = from + inputs.length - 1;
    const seconds = (performance.now() - writeStarted) / 1000;
    const snapshot = snapshots.get(done);
    if (snapshot) {
      for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(snapshot + suffix, { force: true });
      await prisma.$executeRawUnsafe(`VACUUM INTO '${snapshot.replaceAll("'", "''")}'`);
      console.log(`snapshot of ${done} initiatives: ${path.relative(process.cwd(), snapshot)}`);
    }
    if (done === count || Math.floor(done / 2500) !== Math.floor((done - inputs.length) / 2500)) {
      const cpu = process.cpuUsage(cpuStarted);
      const rate = (done - written) / seconds;
      const cpuMs = (cpu.user + cpu.system) / 1000 / (done - written);
      console.log(
        `${done}/${count} initiatives, ${rate.toFixed(0)}/s (${cpuMs.toFixed(1)} ms CPU each), ${seconds.toFixed(0)} s, ETA ${((count - done) / rate).toFixed(0)} s`,
      );
    }
  }
  console.log(`reference tables held in memory: ${references.size}`);
  const bytes = postgres
    ? Number(((await prisma.$queryRawUnsafe("SELECT pg_database_size(current_database()) AS n")) as { n: bigint }[])[0].n)
    : (await prisma.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)"), fs.statSync(out).size);
  await prisma.$disconnect();
  const total = (performance.now() - started) / 1000;
  const writing = (performance.now() - writeStarted) / 1000;
  const mb = bytes / 1024 / 1024;
  console.log(
    `wrote ${count - written} synthetic initiatives to ${postgres ? new URL(out).pathname.slice(1) : values.out} in ${writing.toFixed(1)} s (${((count - written) / Math.max(writing, 0.001)).toFixed(0)}/s); total ${total.toFixed(1)} s; ${mb.toFixed(1)} MB`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
