import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// One SQLite file per test run, built from the migrations and the seed by tests/setup/global-setup.ts.
const databaseFile = path.join(os.tmpdir(), `portal-vitest-${process.pid}-${Date.now()}.db`);
process.env.DATABASE_URL = `file:${databaseFile}`;

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx", "tests/integration/**/*.test.ts", "lib/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    env: { DATABASE_URL: `file:${databaseFile}` },
    // next-intl imports "next/navigation" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
