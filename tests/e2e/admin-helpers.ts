import { execFileSync } from "node:child_process";
import { expect, type Page } from "@playwright/test";

export const ADMIN = { email: "e2e-admin@example.org", password: "e2e-admin-password-0451" };
export const EDITOR = { email: "e2e-editor@example.org", password: "e2e-editor-password-0451" };

/** Creates the accounts the admin tests use through the documented command (npm run admin:create). */
export function ensureAccounts() {
  for (const [user, role] of [
    [ADMIN, "admin"],
    [EDITOR, "editor"],
  ] as const) {
    try {
      execFileSync(
        process.execPath,
        ["--import", "tsx", "--conditions=react-server", "scripts/admin-create.ts", "--email", user.email, "--name", role, "--role", role],
        {
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/e2e.db", ADMIN_PASSWORD: user.password },
          stdio: "pipe",
        },
      );
    } catch (error) {
      const output = String((error as { stderr?: Buffer }).stderr ?? "");
      if (!output.includes("already exists")) throw error;
    }
  }
}

export async function signIn(page: Page, user: { email: string; password: string }, locale = "en") {
  await page.goto(`/${locale}/login`);
  await page.locator("#email").fill(user.email);
  await page.locator("#password").fill(user.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/admin`), { timeout: 20_000 });
}

let counter = 0;
/** A slug-safe word unique to this run, for records the tests create. */
export function unique(prefix: string) {
  return `${prefix}${Date.now().toString(36)}${(counter++).toString(36)}`;
}

/** Fills the minimum of a valid initiative in the open form (French labels are not assumed: fields by name). */
export async function fillMinimalInitiative(page: Page, values: { slug?: string; nameFr: string; status?: string }) {
  if (values.slug) await page.locator('[name="slug"]').fill(values.slug);
  await page.locator('[name="name.fr"]').fill(values.nameFr);
  await page.locator('[name="organisations.0.org"]').fill("jica");
  await page.locator('[name="recipientCountries"]').fill("TH");
  await page.locator('input[name="themes"][value="awareness"]').check();
  await page.locator('[name="source.locator"]').fill("e2e");
  if (values.status) await page.locator('[name="status"]').selectOption(values.status);
}
