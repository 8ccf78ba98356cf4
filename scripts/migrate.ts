// Applies and creates Prisma migrations with Prisma's schema engine compiled to Wasm, because the
// Prisma 7 CLI needs a native engine binary that cannot be downloaded here. The engine carries the
// SQLite and the PostgreSQL connectors; DATABASE_URL picks one:
//   file:…        → prisma/schema.prisma          + prisma/migrations
//   postgresql:// → prisma/postgres/schema.prisma + prisma/postgres/migrations
// Usage: tsx scripts/migrate.ts deploy | dev <name> | check (both engines) | status
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync, spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseEngine, databaseFilePath, type DatabaseEngine } from "../lib/env";

const require = createRequire(import.meta.url);
const root = process.cwd();

type Target = {
  engine: DatabaseEngine;
  schemaPath: string;
  migrationsDir: string;
  lockPath: string;
  /** Tables the hand-written migrations own (search indexes): the schema diff leaves them alone. */
  externalTables: string[];
};

function target(engine: DatabaseEngine): Target {
  const base = engine === "postgresql" ? path.join(root, "prisma", "postgres") : path.join(root, "prisma");
  const migrationsDir = path.join(base, "migrations");
  return {
    engine,
    schemaPath: path.join(base, "schema.prisma"),
    migrationsDir,
    lockPath: path.join(migrationsDir, "migration_lock.toml"),
    externalTables:
      engine === "postgresql"
        ? ["public.InitiativeSearchDocument"]
        : // The FTS5 index (migration catalogue_index) is managed by hand, outside schema.prisma.
          ["", "_config", "_data", "_idx", "_docsize", "_state"].map((suffix) => `initiative_text_index${suffix}`),
  };
}

// One Wasm instance per process: the bindings module keeps it in a module-level variable.
let engineModule: Promise<typeof import("@prisma/schema-engine-wasm/schema_engine_bg")> | undefined;
const loadEngineModule = () => (engineModule ??= instantiateEngineModule());

async function instantiateEngineModule() {
  // The engine reports a Rust panic's message through this global before it aborts.
  (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
    set_message: (message: string) => console.error(`schema engine panic: ${message}`),
  };
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bgPath);
  const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const wasmModule = new WebAssembly.Module(wasmBytes);
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings;
}

function migrationsList(t: Target) {
  const dirs = fs.existsSync(t.migrationsDir)
    ? fs
        .readdirSync(t.migrationsDir)
        .filter((name) => fs.existsSync(path.join(t.migrationsDir, name, "migration.sql")))
        .sort()
    : [];
  return {
    baseDir: t.migrationsDir,
    lockfile: { path: t.lockPath, content: fs.existsSync(t.lockPath) ? fs.readFileSync(t.lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(t.migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

/**
 * pg settings from a postgresql:// URL, as separate fields: the adapter creates the shadow database
 * by overriding `database`, which a connectionString would silently take precedence over.
 */
function pgConfig(url: string) {
  const u = new URL(url);
  return {
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname) || "localhost"),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || undefined,
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.slice(1)) || undefined,
  };
}

const scratchSqlite = path.join(os.tmpdir(), `portal-migrate-check-${process.pid}.db`);
process.on("exit", () => {
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(scratchSqlite + suffix, { force: true });
});

function adapterFactory(t: Target, url: string | null): SqlMigrationAwareDriverAdapterFactory {
  if (t.engine === "postgresql") return new PrismaPg(pgConfig(url!));
  // Without a database (check only) the engine works in its shadow database: give it a scratch file.
  const dbFile = url ? databaseFilePath(url) : scratchSqlite;
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  return new PrismaBetterSqlite3({ url: `file:${dbFile}` });
}

/** The pg adapter runs a script by splitting it at every ";", which breaks function bodies and comments. */
function wholeScripts<A extends { executeScript(script: string): Promise<void> }>(adapter: A): A {
  // PostgreSQL's simple query protocol takes the whole script in one round trip.
  const pool = (adapter as unknown as { underlyingDriver(): pg.Pool }).underlyingDriver();
  adapter.executeScript = async (script) => void (await pool.query(script));
  // The engine reads catalog columns of type "char" (e.g. of functions and extensions, which the
  // search migration creates) that the adapter cannot map: read them as text.
  const query = pool.query.bind(pool) as (...args: unknown[]) => Promise<pg.QueryResult>;
  (pool as unknown as { query: typeof query }).query = async (...args) => {
    const result = await query(...args);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  return adapter;
}

/**
 * A shadow database of our own: the adapter's drops its database while its pool still holds a
 * connection, which PostgreSQL refuses.
 */
async function connectToPgShadowDb(url: string) {
  const config = pgConfig(url);
  const admin = new pg.Client(config);
  await admin.connect();
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  await admin.query(`CREATE DATABASE "${name}"`);
  const shadow = wholeScripts(await new PrismaPg({ ...config, database: name }).connect());
  const dispose = shadow.dispose.bind(shadow);
  shadow.dispose = async () => {
    await dispose();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  };
  return shadow;
}

async function createEngine(t: Target, url: string | null) {
  const factory = adapterFactory(t, url);
  let connectToShadowDb = factory.connectToShadowDb.bind(factory);
  if (t.engine === "postgresql") {
    const connect = factory.connect.bind(factory);
    factory.connect = async () => wholeScripts(await connect());
    connectToShadowDb = () => connectToPgShadowDb(url!);
  }
  // The shadow database replays migrations with executeRaw, which runs one statement only;
  // multi-statement migrations must go through executeScript.
  const connections: { dispose(): Promise<void> }[] = [];
  const connectMain = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connectMain();
    connections.push(adapter);
    return adapter;
  };
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) => (query.args.length === 0 ? (await adapter.executeScript(query.sql), 0) : executeRaw(query));
    return adapter;
  };
  const { SchemaEngine } = await loadEngineModule();
  const schemaText = fs.readFileSync(t.schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[t.schemaPath, schemaText]] },
    (message: string) => logs.push(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  const filters = { externalTables: t.externalTables, externalEnums: [] };
  /** Closes the database connections the engine opened (it keeps them, and a lock, until the process ends). */
  const close = async () => {
    for (const connection of connections.splice(0)) await connection.dispose();
  };
  return { engine, schemaText, filters, logs, close };
}

type Engine = Awaited<ReturnType<typeof createEngine>>;

async function pendingSql(t: Target, { engine, schemaText, filters }: Engine) {
  const list = migrationsList(t);
  const result = await engine.diff({
    from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: t.schemaPath, content: schemaText }] },
    script: true,
    exitCode: true,
    filters,
  });
  return result.exitCode === 2 ? (result.stdout as string) : null;
}

async function applyAll(t: Target, { engine, filters }: Engine) {
  const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(t), filters });
  return appliedMigrationNames as string[];
}

/**
 * Runs fn with a PostgreSQL server: the one DATABASE_URL names (only its shadow databases are
 * touched), else a throwaway cluster from scripts/pg-cluster.sh.
 */
async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (url && databaseEngine(url) === "postgresql") return fn(url);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-pg-check-"));
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const cluster = (...args: string[]) =>
    execFileSync("bash", [path.join(root, "scripts", "pg-cluster.sh"), ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  try {
    return await fn(cluster("start", dir, port));
  } finally {
    cluster("stop", dir);
  }
}

function checkVariantSchema() {
  execFileSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "prisma-variants.ts"), "--check"], { stdio: "inherit" });
}

async function check(t: Target, url: string | null) {
  const engine = await createEngine(t, url);
  const sql = await pendingSql(t, engine);
  const schema = path.relative(root, t.schemaPath);
  if (sql) {
    console.error(`${schema} has changes without a migration in ${path.relative(root, t.migrationsDir)}:\n${sql}`);
    return false;
  }
  console.log(`${t.engine}: migrations match ${schema}`);
  return true;
}

function writeMigration(t: Target, folder: string, sql: string) {
  const existing = migrationsList(t).migrationDirectories.map((d) => d.path);
  if (existing.length && folder < existing[existing.length - 1]) throw new Error("new migration would sort before the last one");
  fs.mkdirSync(path.join(t.migrationsDir, folder), { recursive: true });
  fs.writeFileSync(path.join(t.migrationsDir, folder, "migration.sql"), sql);
  if (!fs.existsSync(t.lockPath))
    fs.writeFileSync(
      t.lockPath,
      `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${t.engine}"\n`,
    );
  console.log(`created ${path.relative(root, path.join(t.migrationsDir, folder))}`);
}

/** The FTS5 documents carry write-time concept marks that SQL cannot compute: the app's code rewrites them. */
function rebuildTextIndexIfStale(url: string) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "scripts/text-index.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url },
  });
  if (result.status !== 0) throw new Error("rewriting the text index failed");
}

async function main() {
  const [command = "deploy", name] = process.argv.slice(2);
  const url = process.env.DATABASE_URL ?? "file:./data/portal.db";
  const current = target(databaseEngine(url));
  const other = target(current.engine === "sqlite" ? "postgresql" : "sqlite");
  if (command === "deploy") {
    const engine = await createEngine(current, url);
    const applied = await applyAll(current, engine);
    console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
    await engine.close();
    if (current.engine === "sqlite") rebuildTextIndexIfStale(url);
  } else if (command === "check") {
    // Both engines: every schema change needs a migration in each folder.
    checkVariantSchema();
    const sqliteOk = await check(target("sqlite"), null);
    const pgOk = await withPostgres((pgUrl) => check(target("postgresql"), pgUrl));
    if (!sqliteOk || !pgOk) process.exit(1);
  } else if (command === "dev") {
    // One schema change, one migration folder name in each engine's folder; applied to DATABASE_URL.
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: migrate.ts dev <snake_case_name>");
    checkVariantSchema();
    const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
    const engine = await createEngine(current, url);
    const sql = await pendingSql(current, engine);
    const otherSql =
      other.engine === "postgresql"
        ? await withPostgres(async (pgUrl) => pendingSql(other, await createEngine(other, pgUrl)))
        : await pendingSql(other, await createEngine(other, null));
    if (!sql && !otherSql) console.log("no schema changes");
    if (sql) writeMigration(current, folder, sql);
    if (otherSql) writeMigration(other, folder, otherSql);
    const applied = await applyAll(current, engine);
    console.log(`applied: ${applied.join(", ") || "nothing"}`);
  } else if (command === "pending") {
    console.log((await pendingSql(current, await createEngine(current, url))) ?? "-- no changes");
  } else if (command === "status") {
    const { engine, filters } = await createEngine(current, url);
    const result = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(current), optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(result, null, 2));
  } else throw new Error(`unknown command ${command}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
