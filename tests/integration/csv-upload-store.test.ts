import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { prisma, createClient } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { keepUpload, takeUpload, CSV_UPLOAD_TTL_MS } = await import("../../lib/db/csv-uploads");

const PREFIX = "csv-upload-store";
// Another app instance: a client with its own connection (pool) to the same database.
const other = createClient();
let alice = "";
let bob = "";

beforeAll(async () => {
  alice = (await createUser({ email: `${PREFIX}-a@example.org`, name: "A", role: "editor", password: "long-enough-password" })).id;
  bob = (await createUser({ email: `${PREFIX}-b@example.org`, name: "B", role: "editor", password: "long-enough-password" })).id;
});
afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
  await other.$disconnect();
});

describe("CSV upload tokens live in the database", () => {
  it("a token created through one client is consumed through another, once", async () => {
    const token = await keepUpload(alice, "slug\nテスト", "shift_jis", prisma);
    expect(await takeUpload(alice, token, other)).toEqual({ text: "slug\nテスト", encoding: "shift_jis" });
    expect(await takeUpload(alice, token, prisma)).toBeNull();
    expect(await takeUpload(alice, token, other)).toBeNull();
  });

  it("keeps only the token's hash", async () => {
    const token = await keepUpload(alice, "slug\na", "utf-8");
    const row = await prisma.csvUpload.findUniqueOrThrow({ where: { userId: alice } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("is bound to the user who uploaded", async () => {
    const token = await keepUpload(alice, "slug\na", "utf-8");
    expect(await takeUpload(bob, token, other)).toBeNull();
    // The failed attempt did not use it up.
    expect(await takeUpload(alice, token, other)).toEqual({ text: "slug\na", encoding: "utf-8" });
  });

  it("a new preview replaces the user's previous one", async () => {
    const first = await keepUpload(alice, "slug\nfirst", "utf-8");
    const second = await keepUpload(alice, "slug\nsecond", "utf-8", other);
    expect(await takeUpload(alice, first)).toBeNull();
    expect(await takeUpload(alice, second)).toEqual({ text: "slug\nsecond", encoding: "utf-8" });
  });

  it("an expired token is refused, and expired uploads are removed by the next preview", async () => {
    const token = await keepUpload(alice, "slug\nold", "utf-8");
    await prisma.csvUpload.update({ where: { userId: alice }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await takeUpload(alice, token, other)).toBeNull();
    expect(await prisma.csvUpload.count({ where: { userId: alice } })).toBe(1);
    const fresh = await keepUpload(bob, "slug\nnew", "utf-8", other);
    expect(await prisma.csvUpload.count({ where: { userId: alice } })).toBe(0);
    const row = await prisma.csvUpload.findUniqueOrThrow({ where: { userId: bob } });
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - CSV_UPLOAD_TTL_MS)).toBeLessThan(60_000);
    expect(await takeUpload(bob, fresh)).not.toBeNull();
  });

  it("only one of two simultaneous imports gets the file", async () => {
    const token = await keepUpload(alice, "slug\nrace", "utf-8");
    const results = await Promise.all([takeUpload(alice, token, prisma), takeUpload(alice, token, other)]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("refuses empty and oversized tokens without a query error", async () => {
    expect(await takeUpload(alice, "")).toBeNull();
    expect(await takeUpload(alice, "x".repeat(10_000))).toBeNull();
  });

  it("goes with its user", async () => {
    await keepUpload(bob, "slug\nb", "utf-8");
    await prisma.user.delete({ where: { id: bob } });
    expect(await prisma.csvUpload.count({ where: { userId: bob } })).toBe(0);
  });
});
