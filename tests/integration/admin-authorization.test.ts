import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, jar, mockNextRequestScope, outcomeOf, validInitiativeForm, type Outcome } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { createSession, SESSION_COOKIE } = await import("../../lib/auth/session");
const { saveInitiativeAction, changeInitiativeStatusAction } = await import("../../lib/actions/initiatives");
const { importAction } = await import("../../lib/actions/import");
const { createUserAction, changeRoleAction } = await import("../../lib/actions/users");
const { GET: exportCsv } = await import("../../app/api/v1/admin/initiatives.csv/route");

const tokens: Record<string, string | undefined> = { anonymous: undefined };
const ids: Record<string, string> = {};
const PREFIX = "authz-matrix";

beforeAll(async () => {
  for (const role of ["editor", "admin"] as const) {
    const user = await createUser({ email: `${PREFIX}-${role}@example.org`, name: role, role, password: "long-enough-password" });
    ids[role] = user.id;
    jar.clear();
    await createSession(user.id);
    tokens[role] = jar.get(SESSION_COOKIE);
  }
});
afterAll(async () => {
  await prisma.initiative.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

function as(who: string) {
  jar.clear();
  if (tokens[who]) jar.set(SESSION_COOKIE, tokens[who]!);
}

const idle = { status: "idle" as const, values: {}, errors: {}, submission: 0 };
const csv = (slug: string) =>
  `slug,status,originalLocale,name_fr,organisations,recipientCountries,themes,sourceDocument,sourceLocator\n${slug},draft,fr,Importée,donor:jica,TH,awareness,murakami-2018,x`;

/** Every mutating server action, with valid input, and who may run it. */
const ACTIONS: { name: string; allowed: "editor" | "admin"; run: (who: string) => Promise<unknown>; wrote: (who: string) => Promise<boolean> }[] = [
  {
    name: "saveInitiativeAction",
    allowed: "editor",
    run: (who) => saveInitiativeAction(idle, formData(validInitiativeForm(`${PREFIX}-save-${who}`))),
    wrote: async (who) => (await prisma.initiative.count({ where: { slug: `${PREFIX}-save-${who}` } })) === 1,
  },
  {
    name: "changeInitiativeStatusAction",
    allowed: "editor",
    run: async () => {
      const row = await prisma.initiative.findUniqueOrThrow({ where: { slug: "cybergreen-initiative" }, select: { version: true, status: true } });
      return changeInitiativeStatusAction(
        "en",
        formData({ slug: "cybergreen-initiative", version: String(row.version), target: row.status === "archived" ? "draft" : "archived" }),
      );
    },
    wrote: async () => (await prisma.auditLog.count({ where: { entitySlug: "cybergreen-initiative", action: { in: ["archive", "restore"] } } })) > 0,
  },
  {
    name: "importAction",
    allowed: "editor",
    run: (who) =>
      importAction(
        { status: "idle", token: "", encoding: null, fileProblems: [], rows: [], imported: 0 },
        formData({ csv: csv(`${PREFIX}-import-${who}`), intent: "import" }),
      ),
    wrote: async (who) => (await prisma.initiative.count({ where: { slug: `${PREFIX}-import-${who}` } })) === 1,
  },
  {
    name: "createUserAction",
    allowed: "admin",
    run: (who) =>
      createUserAction(
        { values: { email: "", name: "", role: "" }, errors: {}, created: null },
        formData({ email: `${PREFIX}-new-${who}@example.org`, name: "N", role: "editor", password: "long-enough-password" }),
      ),
    wrote: async (who) => (await prisma.user.count({ where: { email: `${PREFIX}-new-${who}@example.org` } })) === 1,
  },
  {
    name: "changeRoleAction",
    allowed: "admin",
    run: () => changeRoleAction("en", formData({ userId: ids.editor, role: "admin" })),
    wrote: async () => (await prisma.user.findUniqueOrThrow({ where: { id: ids.editor } })).role === "admin",
  },
];

const expected = (who: string, allowed: "editor" | "admin"): Outcome =>
  who === "anonymous" ? "login" : who === "admin" || allowed === "editor" ? "done" : "forbidden";

describe("authorisation matrix: every admin action × anonymous, editor, admin", () => {
  for (const action of ACTIONS) {
    for (const who of ["anonymous", "editor", "admin"]) {
      it(`${action.name} as ${who} → ${expected(who, action.allowed)}`, async () => {
        if (action.name === "changeRoleAction") await prisma.user.update({ where: { id: ids.editor }, data: { role: "editor" } });
        await prisma.auditLog.deleteMany({ where: { entitySlug: "cybergreen-initiative" } });
        as(who);
        const outcome = await outcomeOf(() => action.run(who));
        expect(outcome).toBe(expected(who, action.allowed));
        expect(await action.wrote(who)).toBe(outcome === "done");
        if (action.name === "changeRoleAction" && outcome === "done") {
          // The role change ended the editor's sessions; give them a fresh one for the next cases.
          await prisma.user.update({ where: { id: ids.editor }, data: { role: "editor" } });
          jar.clear();
          await createSession(ids.editor);
          tokens.editor = jar.get(SESSION_COOKIE);
        }
      });
    }
  }

  for (const [who, status] of [
    ["anonymous", 401],
    ["editor", 200],
    ["admin", 200],
  ] as const) {
    it(`GET /api/v1/admin/initiatives.csv as ${who} → ${status}`, async () => {
      as(who);
      const response = await exportCsv();
      expect(response.status).toBe(status);
      if (status === 200) expect(await response.text()).toContain("cybergreen-initiative");
    });
  }

  it("an expired session or a disabled account counts as anonymous", async () => {
    as("editor");
    await prisma.user.update({ where: { id: ids.editor }, data: { disabledAt: new Date() } });
    expect(await outcomeOf(() => saveInitiativeAction(idle, formData({})))).toBe("login");
    await prisma.user.update({ where: { id: ids.editor }, data: { disabledAt: null } });
    await prisma.session.updateMany({ where: { userId: ids.editor }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await outcomeOf(() => saveInitiativeAction(idle, formData({})))).toBe("login");
  });
});
