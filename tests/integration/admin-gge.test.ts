import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, jar, mockNextRequestScope, outcomeOf } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { createSession, SESSION_COOKIE } = await import("../../lib/auth/session");
const { saveGgeSessionAction, saveGgeDocumentAction } = await import("../../lib/actions/gge");
const { getGgeDocumentInput, getGgeSessionInput } = await import("../../lib/db/admin-gge");
const { documentToValues, sessionToValues } = await import("../../lib/validations/gge-form");

const PREFIX = "admin-gge-test";
const tokens: Record<string, string | undefined> = { anonymous: undefined };
const idle = { values: {}, errors: {}, submission: 0 };

beforeAll(async () => {
  for (const role of ["editor", "admin"] as const) {
    const user = await createUser({ email: `${PREFIX}-${role}@example.org`, name: role, role, password: "long-enough-password" });
    jar.clear();
    await createSession(user.id);
    tokens[role] = jar.get(SESSION_COOKIE);
  }
});
afterAll(async () => {
  await prisma.ggeDocument.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.ggeSession.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.auditLog.deleteMany({ where: { entitySlug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
  await prisma.$disconnect();
});

function as(who: string) {
  jar.clear();
  if (tokens[who]) jar.set(SESSION_COOKIE, tokens[who]!);
}

const validSession = (slug: string) => ({
  slug,
  number: "6",
  startYear: "2019",
  endYear: "2021",
  mandate: "A/RES/73/266",
  outcome: "consensus-report",
  "chair.country": "BR",
  members: "BR, CN, FR, JP, US",
  "summary.ja": "第6次GGEの概要。",
  "summary.en": "Summary of the sixth GGE.",
  "summary.fr": "Résumé du sixième GGE.",
  "source.document": "murakami-2018",
  "source.locator": "test",
});
const validDocument = (slug: string, symbol: string) => ({
  slug,
  symbol,
  kind: "report",
  date: "2021-07-14",
  session: "",
  "title.ja": "報告書",
  "title.en": "Report",
  "title.fr": "Rapport",
  "summary.ja": "概要。",
  "summary.en": "Summary.",
  "summary.fr": "Résumé.",
  url: "",
  "keyPoints.0.topic": "norms",
  "keyPoints.0.paragraphs": "13(a)-(k)",
  "keyPoints.0.text.ja": "規範。",
  "keyPoints.0.text.en": "Norms.",
  "keyPoints.0.text.fr": "Normes.",
  "keyPoints.1.topic": "threats",
  "keyPoints.1.paragraphs": "",
  "keyPoints.1.text.ja": "",
  "keyPoints.1.text.en": "",
  "keyPoints.1.text.fr": "",
  "source.document": "murakami-2018",
  "source.locator": "test",
  "source.line": "12",
});

describe("admin GGE: authorisation", () => {
  it.each([
    ["anonymous", "login"],
    ["editor", "done"],
    ["admin", "done"],
  ])("%s saving a session → %s, and only a signed-in editor writes", async (who, expected) => {
    as(who);
    const slug = `${PREFIX}-authz-${who}`;
    expect(await outcomeOf(() => saveGgeSessionAction(idle, formData(validSession(slug))))).toBe(expected);
    expect(await prisma.ggeSession.count({ where: { slug } })).toBe(expected === "done" ? 1 : 0);
  });

  it("anonymous cannot save a document", async () => {
    as("anonymous");
    const slug = `${PREFIX}-authz-doc`;
    expect(await outcomeOf(() => saveGgeDocumentAction(idle, formData(validDocument(slug, "A/99/1"))))).toBe("login");
    expect(await prisma.ggeDocument.count({ where: { slug } })).toBe(0);
  });
});

describe("admin GGE: writes are audited in the same transaction", () => {
  it("creates a document with its key points (blank rows skipped) and an audit entry", async () => {
    as("editor");
    const slug = `${PREFIX}-doc`;
    expect(await outcomeOf(() => saveGgeDocumentAction(idle, formData(validDocument(slug, "A/99/2"))))).toBe("done");
    const doc = await getGgeDocumentInput(slug);
    expect(doc?.keyPoints).toEqual([{ topic: "norms", paragraphs: "13(a)-(k)", text: { ja: "規範。", en: "Norms.", fr: "Normes." } }]);
    expect(doc?.source).toEqual({ document: "murakami-2018", locator: "test" });
    const audit = await prisma.auditLog.findMany({ where: { entity: "gge-document", entitySlug: slug } });
    expect(audit.map((a) => a.action)).toEqual(["create"]);
  });

  it("edits a seeded document: the slug stays, the key point changes, before and after are recorded", async () => {
    as("editor");
    const before = (await getGgeDocumentInput("a-res-53-70"))!;
    const values = { ...documentToValues(before), original: "a-res-53-70", slug: "renamed-attempt", "keyPoints.0.paragraphs": "1-3" } as Record<string, string>;
    expect(await outcomeOf(() => saveGgeDocumentAction(idle, formData(values)))).toBe("done");
    const after = (await getGgeDocumentInput("a-res-53-70"))!;
    expect(after.keyPoints[0].paragraphs).toBe("1-3");
    expect(after.keyPoints).toHaveLength(before.keyPoints.length);
    expect(await prisma.ggeDocument.count({ where: { slug: "renamed-attempt" } })).toBe(0);
    const entry = await prisma.auditLog.findFirst({ where: { entity: "gge-document", entitySlug: "a-res-53-70" }, orderBy: { id: "desc" } });
    expect(entry?.action).toBe("update");
    expect(JSON.parse(entry!.before!).keyPoints[0].paragraphs).toBe(before.keyPoints[0].paragraphs);
    // put it back for the other tests
    await saveGgeDocumentAction(idle, formData({ ...documentToValues(before), original: "a-res-53-70" } as Record<string, string>)).catch(() => undefined);
  });
});

describe("admin GGE: bad input changes nothing", () => {
  const snapshot = async () => ({
    sessions: await prisma.ggeSession.findMany({ orderBy: { slug: "asc" }, include: { members: true } }),
    documents: await prisma.ggeDocument.findMany({ orderBy: { slug: "asc" }, include: { keyPoints: true } }),
    audit: await prisma.auditLog.count(),
  });

  it.each([
    ["a missing summary", { "summary.fr": "" }, "summary.fr", "required"],
    ["a year that is not a number", { startYear: "twenty" }, "startYear", "invalidType"],
    ["an unknown member country", { members: "BR, XX" }, "members", "country.invalidValue"],
    ["an unknown source document", { "source.document": "no-such-source" }, "source.document", "reference.unknown"],
    ["a taken slug", { slug: "gge-2004-2005" }, "slug", "slug.taken"],
  ])("session with %s", async (_label, patch, field, key) => {
    as("editor");
    const before = await snapshot();
    const state = await saveGgeSessionAction(idle, formData({ ...validSession(`${PREFIX}-bad`), ...patch }));
    expect(state.errors[field]?.[0]?.key).toBe(key);
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ["an unknown topic", { "keyPoints.0.topic": "gossip" }, "keyPoints.0.topic", "invalid"],
    ["a malformed date", { date: "14/07/2021" }, "date", "invalid"],
    ["a symbol already used", { symbol: "A/RES/53/70" }, "symbol", "symbol.taken"],
    ["an unknown session", { session: "gge-99" }, "session", "reference.unknown"],
  ])("document with %s", async (_label, patch, field, key) => {
    as("editor");
    const before = await snapshot();
    const state = await saveGgeDocumentAction(idle, formData({ ...validDocument(`${PREFIX}-bad-doc`, "A/99/3"), ...patch }));
    expect(state.errors[field]?.[0]?.key).toBe(key);
    expect(await snapshot()).toEqual(before);
  });

  it("a session edited without change keeps its members", async () => {
    const session = (await getGgeSessionInput("gge-2004-2005"))!;
    expect(sessionToValues(session).members).toContain("US");
  });
});
