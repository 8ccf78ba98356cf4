import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Modules that the proxy or client components import on purpose: they hold no secrets and touch no database.
const SHARED = new Set([
  "lib/auth/cookie.ts",
  "lib/auth/password-rules.ts",
  "lib/auth/roles.ts",
  "lib/actions/initiative-form-state.ts",
  "lib/actions/gge-form-state.ts",
]);

function serverModules(): string[] {
  return ["lib/db", "lib/auth", "lib/actions"].flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"))
      .map((name) => path.posix.join(dir, name))
      .filter((file) => !SHARED.has(file)),
  );
}

describe("server modules", () => {
  it.each(serverModules())("%s imports server-only", (file) => {
    expect(fs.readFileSync(file, "utf8")).toMatch(/^("use server";\n)?import "server-only";$/m);
  });
});
