import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import base from "../../playwright.config";
import { SERVER_ARGS } from "../../scripts/server-memory-settings";

// Two instances of the production build on one PostgreSQL database (scripts/test-pg-e2e.sh makes it).
const portA = Number(process.env.E2E_PORT ?? 3200);
const portB = Number(process.env.E2E_PORT_B ?? portA + 1);
const databaseUrl = process.env.DATABASE_URL ?? "";
if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error("tests/e2e-pg needs DATABASE_URL=postgresql://… (run scripts/test-pg-e2e.sh)");
process.env.E2E_ORIGIN_A = `http://localhost:${portA}`;
process.env.E2E_ORIGIN_B = `http://localhost:${portB}`;

const server = (port: number) => ({
  command: `node ${SERVER_ARGS.join(" ")}`,
  cwd: path.resolve(import.meta.dirname, "../.."),
  url: `http://localhost:${port}/en`,
  reuseExistingServer: false,
  timeout: 90_000,
  env: { PORT: String(port), DATABASE_URL: databaseUrl },
});

export default defineConfig({
  testDir: ".",
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  reporter: [["list"]],
  timeout: 90_000,
  use: { ...base.use, baseURL: `http://localhost:${portA}` },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [server(portA), server(portB)],
});
