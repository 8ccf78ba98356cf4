import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { databaseFilePath } from "../../lib/env";

/** Builds the run's database from the committed migrations and the curated seed, and removes it afterwards. */
export default function setup() {
  const file = databaseFilePath(process.env.DATABASE_URL);
  const run = (script: string, ...args: string[]) =>
    execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", script, ...args], { stdio: "inherit", env: process.env });
  run("scripts/migrate.ts", "deploy");
  run("prisma/seed.ts");
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
  };
}
