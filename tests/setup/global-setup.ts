import { execFileSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { databaseEngine, databaseFilePath } from "../../lib/env";

/** Builds the run's database from the committed migrations and the curated seed, and removes it afterwards. */
export default async function setup() {
  const url = process.env.DATABASE_URL!;
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { stdio: "inherit", env: process.env });

  if (databaseEngine(url) === "postgresql") {
    // vitest.config.ts named a fresh database on the server DATABASE_URL pointed at.
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    const server = new pg.Client({ connectionString: process.env.VITEST_SERVER_DATABASE_URL });
    await server.connect();
    await server.query(`CREATE DATABASE "${name}"`);
    run("scripts/migrate.ts", "deploy");
    run("prisma/seed.ts");
    return async () => {
      await server.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await server.end();
    };
  }

  const file = databaseFilePath(url);
  const synthetic = process.env.VITEST_SYNTHETIC_COUNT;
  const copy = process.env.VITEST_DATABASE_COPY;
  if (copy) {
    // A database made earlier (e.g. by npm run data:synthetic), copied so that the tests' writes stay in the copy.
    for (const suffix of ["", "-wal", "-shm"]) if (fs.existsSync(copy + suffix)) fs.copyFileSync(copy + suffix, file + suffix);
  } else if (synthetic) {
    // The seed plus N generated initiatives, written through the same path as the admin form and the import.
    run("scripts/synthetic/generate.ts", "--count", synthetic, "--out", file, "--force");
  } else {
    run("scripts/migrate.ts", "deploy");
    run("prisma/seed.ts");
  }
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}
