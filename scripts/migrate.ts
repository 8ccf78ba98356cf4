// Applies and creates Prisma migrations with Prisma's schema engine compiled to Wasm, because the
// Prisma 7 CLI needs a native engine binary that cannot be downloaded here.
// Usage: tsx scripts/migrate.ts deploy | dev <name> | check | status
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseFilePath } from "../lib/env";

const require = createRequire(import.meta.url);
const root = process.cwd();
const schemaPath = path.join(root, "prisma", "schema.prisma");
const migrationsDir = path.join(root, "prisma", "migrations");
const lockPath = path.join(migrationsDir, "migration_lock.toml");

async function loadEngineModule() {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const bindings = await import(bgPath);
  const wasmBytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const wasmModule = new WebAssembly.Module(wasmBytes);
  const instance = new WebAssembly.Instance(wasmModule, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings;
}

function migrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir).filter((name) => fs.existsSync(path.join(migrationsDir, name, "migration.sql"))).sort()
    : [];
  return {
    baseDir: migrationsDir,
    lockfile: { path: lockPath, content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: fs.readFileSync(path.join(migrationsDir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

async function createEngine() {
  const dbFile = databaseFilePath();
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: `file:${dbFile}` });
  // The shadow database replays migrations with executeRaw, which runs one statement only;
  // multi-statement migrations must go through executeScript.
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connectToShadowDb = async () => {
    const adapter = await connectToShadowDb();
    const executeRaw = adapter.executeRaw.bind(adapter);
    adapter.executeRaw = async (query) =>
      query.args.length === 0 ? (await adapter.executeScript(query.sql), 0) : executeRaw(query);
    return adapter;
  };
  const { SchemaEngine } = await loadEngineModule();
  const schemaText = fs.readFileSync(schemaPath, "utf8");
  const logs: string[] = [];
  const engine = await SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    (message: string) => logs.push(message),
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return { engine, schemaText };
}

// The FTS5 index (migration search_index) is managed by hand, outside schema.prisma.
const ftsTables = ["", "_config", "_data", "_idx", "_content", "_docsize"].map((suffix) => `initiative_search${suffix}`);
const filters = { externalTables: ftsTables, externalEnums: [] };

async function pendingSql(engine: Awaited<ReturnType<typeof createEngine>>["engine"], schemaText: string) {
  const list = migrationsList();
  const result = await engine.diff({
    from: list.migrationDirectories.length ? { tag: "migrations", ...list } : { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: schemaText }] },
    script: true,
    exitCode: true,
    filters,
  });
  return result.exitCode === 2 ? result.stdout : null;
}

async function main() {
  const [command = "deploy", name] = process.argv.slice(2);
  const { engine, schemaText } = await createEngine();
  if (command === "deploy") {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log(appliedMigrationNames.length ? `applied: ${appliedMigrationNames.join(", ")}` : "database is up to date");
  } else if (command === "check") {
    const sql = await pendingSql(engine, schemaText);
    if (sql) {
      console.error("schema.prisma has changes without a migration:\n" + sql);
      process.exit(1);
    }
    console.log("migrations match schema.prisma");
  } else if (command === "dev") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: migrate.ts dev <snake_case_name>");
    const sql = await pendingSql(engine, schemaText);
    if (!sql) console.log("no schema changes");
    else {
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const existing = migrationsList().migrationDirectories.map((d) => d.path);
      const folder = `${stamp}_${name}`;
      if (existing.length && folder < existing[existing.length - 1]) throw new Error("new migration would sort before the last one");
      fs.mkdirSync(path.join(migrationsDir, folder), { recursive: true });
      fs.writeFileSync(path.join(migrationsDir, folder, "migration.sql"), sql);
      if (!fs.existsSync(lockPath))
        fs.writeFileSync(lockPath, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "sqlite"\n');
      console.log(`created prisma/migrations/${folder}`);
    }
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
    console.log(`applied: ${appliedMigrationNames.join(", ") || "nothing"}`);
  } else if (command === "status") {
    const result = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
    console.log(JSON.stringify(result, null, 2));
  } else throw new Error(`unknown command ${command}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
