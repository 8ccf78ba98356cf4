import { defineConfig, devices } from "@playwright/test";
import { SERVER_ARGS } from "./scripts/server-memory-settings";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  // Upper bounds, not delays: a passing step returns as soon as its condition holds. Sized for both cores busy
  // (the suite is run once under `stress-ng --cpu 2`), where a navigation or an axe pass can take several seconds.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  // The production build, on the database that scripts/test.sh built from the migrations and the seed.
  webServer: {
    command: `node ${SERVER_ARGS.join(" ")}`,
    url: `http://localhost:${port}/en`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { PORT: String(port), DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/e2e.db" },
  },
});
