import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { SQLITE_CACHE_KIB } from "../../lib/sqlite-cache";
import { databaseEngine } from "../../lib/env";

afterAll(() => prisma.$disconnect());

describe.skipIf(databaseEngine(process.env.DATABASE_URL!) !== "sqlite")("SQLite page cache", () => {
  it("is the portal's size on the app's connection, not the 16 MB better-sqlite3 builds SQLite with", async () => {
    const [row] = await prisma.$queryRawUnsafe<{ cache_size: bigint | number }[]>("PRAGMA cache_size");
    expect(Number(row!.cache_size)).toBe(-SQLITE_CACHE_KIB);
  });
});
