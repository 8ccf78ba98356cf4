import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockNextRequestScope } from "./admin-fixtures";
import { withQueryPlans } from "./query-plan";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { attemptLogin, pruneAuthTables, LOCK_AFTER } = await import("../../lib/auth/login");

const PREFIX = "harden-login";
const PASSWORD = "long-enough-password";
const email = (name: string) => `${PREFIX}-${name}@example.org`;

beforeAll(async () => {
  for (const name of ["burst", "owner"]) await createUser({ email: email(name), name, role: "editor", password: PASSWORD });
});
afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
  await prisma.loginAttempt.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

describe("login throttling under concurrency", () => {
  it("does not let the right password through after 39 parallel wrong guesses", async () => {
    const address = "198.51.100.40";
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 39 ? PASSWORD : `wrong-${i}`));
    const results = await Promise.all(guesses.map((password) => attemptLogin(email("burst"), password, address)));
    expect(results[39]).toMatchObject({ ok: false });
    expect(results.filter((r) => r.ok)).toHaveLength(0);
    // At most LOCK_AFTER of them ever reached the password check.
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(LOCK_AFTER);
    expect(await prisma.loginAttempt.count({ where: { email: email("burst") } })).toBe(40);
  }, 60_000);

  it("still lets the owner in from an address that has not failed", async () => {
    await prisma.loginAttempt.createMany({ data: Array.from({ length: 12 }, () => ({ email: email("owner"), ip: "198.51.100.66", succeeded: false })) });
    expect(await attemptLogin(email("owner"), PASSWORD, "198.51.100.66")).toEqual({ ok: false, reason: "locked" });
    expect(await attemptLogin(email("owner"), PASSWORD, "198.51.100.67")).toMatchObject({ ok: true });
  });
});

describe("auth tables stay small", () => {
  it("deletes attempts older than a day and expired sessions", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: email("owner") }, select: { id: true } });
    const old = new Date(Date.now() - 2 * 24 * 3600_000);
    await prisma.loginAttempt.create({ data: { email: email("old"), ip: null, succeeded: false, createdAt: old } });
    await prisma.session.create({ data: { id: `${PREFIX}-expired`, userId: user.id, expiresAt: old } });
    await prisma.session.create({ data: { id: `${PREFIX}-live`, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) } });
    await pruneAuthTables();
    expect(await prisma.loginAttempt.count({ where: { email: email("old") } })).toBe(0);
    expect(await prisma.session.findUnique({ where: { id: `${PREFIX}-expired` } })).toBeNull();
    expect(await prisma.session.findUnique({ where: { id: `${PREFIX}-live` } })).not.toBeNull();
    await prisma.session.deleteMany({ where: { id: { startsWith: PREFIX } } });
  });

  it("counts failures per address, per e-mail and prunes through indexes, not table scans", () => {
    withQueryPlans((plan) => {
      for (const sql of [
        "SELECT COUNT(*) FROM LoginAttempt WHERE ip = 'x' AND succeeded = 0 AND createdAt >= 0 AND id < 99",
        "SELECT COUNT(*) FROM LoginAttempt WHERE email = 'x' AND succeeded = 0 AND createdAt >= 0 AND id < 99",
        "DELETE FROM LoginAttempt WHERE createdAt < 0",
        "DELETE FROM Session WHERE expiresAt < 0",
      ]) {
        expect(plan(sql), sql).toMatch(/USING (COVERING )?INDEX/);
        expect(plan(sql), sql).not.toMatch(/SCAN (LoginAttempt|Session)\b(?! USING)/);
      }
    });
  });
});
