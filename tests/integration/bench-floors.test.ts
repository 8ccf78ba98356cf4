import { afterAll, describe, expect, it } from "vitest";
import { mockNextRequestScope } from "./admin-fixtures";
import { onPostgres } from "./engine";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { databaseFilePath } = await import("../../lib/env");
const { searchInitiatives } = await import("../../lib/db/initiative-search");
const { initiativeSearchSchema } = await import("../../lib/validations/search");
const { searchCases } = await import("../../scripts/bench/cases");
const { openFloorDatabase } = await import("../../scripts/bench/floor-sql");
const { openPgFloorDatabase } = await import("../../scripts/bench/floor-pg");

// The scale benchmark's floor queries run on this engine and select what the app selects.
const floors = onPostgres ? await openPgFloorDatabase(process.env.DATABASE_URL!) : openFloorDatabase(databaseFilePath());
afterAll(() => floors.close());
const cases = searchCases("matchmaking");

describe("bench:scale floors", () => {
  it.each(cases.filter((c) => c.filterOnly).map((c) => [c.name, c] as const))("%s: the floor counts what the catalogue counts", async (_, c) => {
    const search = initiativeSearchSchema.parse(Object.fromEntries(new URLSearchParams(c.query)));
    expect(await floors.count(c.floor)).toBe((await searchInitiatives(prisma, search)).total);
    expect(await floors.prepare(c.floor)()).toBeGreaterThan(0);
  });

  it.each(cases.filter((c) => !c.filterOnly).map((c) => [c.name, c] as const))("%s: the text floor runs and finds matches", async (_, c) => {
    if (c.name === "rare word") return; // the curated seed does not contain it
    expect(await floors.count(c.floor)).toBeGreaterThan(0);
    expect(await floors.prepare(c.floor)()).toBeGreaterThan(0);
  });
});
