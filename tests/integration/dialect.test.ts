import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { containsText, rawRows } from "../../lib/db/dialect";
import { listAdminInitiatives } from "../../lib/db/admin-initiatives";

afterAll(() => prisma.$disconnect());

// Runs on both engines: npm run test:unit (SQLite) and npm run test:pg (PostgreSQL).
describe("dialect helpers", () => {
  it("runs raw SQL written with ? placeholders and returns counts as numbers", async () => {
    const [row] = await rawRows<{ n: number }>(prisma, `SELECT COUNT(*) AS n FROM "Initiative" WHERE "status" = ? AND "id" > ?`, "published", 0);
    expect(typeof row.n).toBe("number");
    expect(row.n).toBe(await prisma.initiative.count({ where: { status: "published" } }));
  });

  it("matches text ignoring case", async () => {
    const initiative = await prisma.initiativeText.findFirstOrThrow({
      where: { locale: "en", name: { not: null } },
      select: { initiativeId: true, name: true },
    });
    const word = initiative.name!.split(/\s+/).find((w) => /^[A-Za-z]{4,}$/.test(w))!;
    const found = await prisma.initiativeText.findMany({ where: { locale: "en", name: containsText(word.toUpperCase()) }, select: { initiativeId: true } });
    expect(found.map((row) => row.initiativeId)).toContain(initiative.initiativeId);
  });

  it("lets the admin list find an initiative by its name in any case", async () => {
    const text = await prisma.initiativeText.findFirstOrThrow({
      where: { locale: "en", name: { not: null } },
      include: { initiative: { select: { slug: true } } },
    });
    const { items } = await listAdminInitiatives({ q: text.name!.slice(0, 12).toUpperCase(), page: 1, locale: "en" });
    expect(items.map((item) => item.slug)).toContain(text.initiative.slug);
  });
});
