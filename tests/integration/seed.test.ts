import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { seedDatabase } from "../../lib/seed/seed-database";
import { databaseEngine } from "../../lib/env";

// The SQLite FTS5 index is kept by triggers on InitiativeText; PostgreSQL's text index is written by the app.
const onSqlite = databaseEngine(process.env.DATABASE_URL) === "sqlite";

afterAll(() => prisma.$disconnect());

async function snapshot() {
  const initiatives = await prisma.initiative.findMany({ orderBy: { slug: "asc" }, select: { slug: true, updatedAt: true, version: true } });
  const counts = await Promise.all([
    prisma.initiativeText.count(),
    prisma.initiativeOrganisation.count(),
    prisma.initiativeCountry.count(),
    prisma.initiativeGroup.count(),
    prisma.organisation.count(),
    prisma.groupMember.count(),
  ]);
  const [{ rows }] = onSqlite
    ? ((await prisma.$queryRawUnsafe(`SELECT COUNT(*) AS rows FROM initiative_text_index`)) as { rows: unknown }[])
    : ((await prisma.$queryRawUnsafe(`SELECT COUNT(*) AS rows FROM "InitiativeSearchDocument"`)) as { rows: unknown }[]);
  return { initiatives, counts, ftsRows: Number(rows) };
}

describe("seed", () => {
  it("is idempotent: seeding again changes nothing", async () => {
    const before = await snapshot();
    const started = performance.now();
    const report = await seedDatabase(prisma);
    const elapsed = performance.now() - started;
    expect(report.initiatives.created).toBe(0);
    expect(report.initiatives.updated).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(elapsed).toBeLessThan(60_000);
  }, 90_000); // Vitest's 30 s default would stop it short of its own 60 s bound (PostgreSQL: ~30 s here)

  it.runIf(onSqlite)("leaves the database in WAL mode", async () => {
    const [row] = (await prisma.$queryRawUnsafe("PRAGMA journal_mode")) as { journal_mode: string }[];
    expect(row.journal_mode).toBe("wal");
  });

  it.runIf(onSqlite)("indexes every initiative once, keyed by its id", async () => {
    const { initiatives, ftsRows } = await snapshot();
    expect(ftsRows).toBe(initiatives.length);
    const ids = (await prisma.initiative.findMany({ select: { id: true } })).map((i) => i.id);
    const [{ missing }] = (await prisma.$queryRawUnsafe(
      `SELECT COUNT(*) AS missing FROM "Initiative" i WHERE NOT EXISTS (SELECT 1 FROM initiative_text_index f WHERE f.rowid = i.id)`,
    )) as { missing: unknown }[];
    expect(Number(missing)).toBe(0);
    expect(ids.length).toBe(initiatives.length);
  });
});
