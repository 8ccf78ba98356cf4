import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// One database per test run, built from the migrations and the seed by tests/setup/global-setup.ts:
// an SQLite file by default; with DATABASE_URL=postgresql://… (npm run test:pg), a new database on
// that server, created and dropped by the setup.
const runId = `${process.pid}_${Date.now()}`;
const serverUrl = process.env.DATABASE_URL;
let databaseUrl = `file:${path.join(os.tmpdir(), `portal-vitest-${runId}.db`)}`;
if (serverUrl && /^postgres(ql)?:\/\//i.test(serverUrl)) {
  const url = new URL(serverUrl);
  url.pathname = `/portal_vitest_${runId}`;
  databaseUrl = url.toString();
  process.env.VITEST_SERVER_DATABASE_URL = serverUrl;
}
process.env.DATABASE_URL = databaseUrl;

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
    env: { DATABASE_URL: databaseUrl },
    // next-intl imports "next/navigation" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-intl"] } },
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
