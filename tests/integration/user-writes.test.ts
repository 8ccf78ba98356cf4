import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formData, jar, mockNextRequestScope, outcomeOf } from "./admin-fixtures";

mockNextRequestScope();

// Lets a test make the audit write fail, to see whether the user change it records is rolled back with it.
const audit = vi.hoisted(() => ({ fail: false }));
vi.mock("../../lib/db/audit", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../lib/db/audit")>();
  return {
    ...actual,
    writeAudit: (...args: Parameters<typeof actual.writeAudit>) => {
      if (audit.fail) throw new Error("audit log unavailable");
      return actual.writeAudit(...args);
    },
  };
});

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { createSession } = await import("../../lib/auth/session");
const { createUserAction, changeRoleAction } = await import("../../lib/actions/users");

const PREFIX = "user-writes";
const idle = { values: { email: "", name: "", role: "" }, errors: {}, created: null };
let adminId = "";

beforeAll(async () => {
  adminId = (await createUser({ email: `${PREFIX}-admin@example.org`, name: "A", role: "admin", password: "long-enough-password" })).id;
  jar.clear();
  await createSession(adminId);
});
afterAll(async () => {
  audit.fail = false;
  await prisma.auditLog.deleteMany({ where: { entitySlug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

describe("user changes and their audit entries", () => {
  it("creates no account when its audit entry cannot be written", async () => {
    audit.fail = true;
    try {
      const email = `${PREFIX}-no-audit@example.org`;
      await expect(createUserAction(idle, formData({ email, name: "N", role: "editor", password: "long-enough-password" }))).rejects.toThrow();
      expect(await prisma.user.count({ where: { email } })).toBe(0);
    } finally {
      audit.fail = false;
    }
  });

  it("keeps the old role when the role change cannot be audited", async () => {
    const user = await createUser({ email: `${PREFIX}-role@example.org`, name: "R", role: "editor", password: "long-enough-password" });
    audit.fail = true;
    try {
      await expect(outcomeOf(() => changeRoleAction("en", formData({ userId: user.id, role: "admin" })))).rejects.toThrow("audit log unavailable");
    } finally {
      audit.fail = false;
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
  });

  it("audits a role change in the same write", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: `${PREFIX}-role@example.org` } });
    expect(await outcomeOf(() => changeRoleAction("en", formData({ userId: user.id, role: "admin" })))).toBe("done");
    const entry = await prisma.auditLog.findFirst({ where: { entitySlug: user.email, action: "change-role" } });
    expect(entry && JSON.parse(entry.after ?? "{}")).toEqual({ role: "admin" });
  });
});

describe("two simultaneous requests for one e-mail", () => {
  it("create one account and answer the other with the duplicate message", async () => {
    const values = { email: `${PREFIX}-twice@example.org`, name: "T", role: "editor", password: "long-enough-password" };
    const states = await Promise.all([createUserAction(idle, formData(values)), createUserAction(idle, formData(values))]);
    expect(states.map((state) => state.created).filter(Boolean)).toEqual([values.email]);
    expect(states.flatMap((state) => state.errors.email?.map((e) => e.key) ?? [])).toEqual(["email.taken"]);
    expect(await prisma.user.count({ where: { email: values.email } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { entitySlug: values.email, action: "create-user" } })).toBe(1);
  });
});
