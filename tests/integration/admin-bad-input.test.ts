import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formData, jar, mockNextRequestScope, validInitiativeForm } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { createSession } = await import("../../lib/auth/session");
const { saveInitiativeAction, changeInitiativeStatusAction } = await import("../../lib/actions/initiatives");
const { createUserAction } = await import("../../lib/actions/users");
const { importAction } = await import("../../lib/actions/import");
const { loginAction } = await import("../../lib/actions/auth");
const en = (await import("../../messages/en.json")).default;

const PREFIX = "bad-input";
let adminId = "";

beforeAll(async () => {
  adminId = (await createUser({ email: `${PREFIX}-admin@example.org`, name: "A", role: "admin", password: "long-enough-password" })).id;
  jar.clear();
  await createSession(adminId);
});
afterAll(async () => {
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

/** Row counts of every table a form can write. */
async function snapshot() {
  const [initiatives, texts, links, organisations, audit, users, countries] = await Promise.all([
    prisma.initiative.count(),
    prisma.initiativeText.count(),
    prisma.initiativeOrganisation.count(),
    prisma.organisation.count(),
    prisma.auditLog.count(),
    prisma.user.count(),
    prisma.initiativeCountry.count(),
  ]);
  return { initiatives, texts, links, organisations, audit, users, countries };
}

/** The English message of a Validation key: every key the forms return must exist. */
function message(key: string) {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en.Validation);
  expect(typeof value, `Validation.${key}`).toBe("string");
  return value as string;
}

const long = (n: number) => "x".repeat(n);
const idle = { status: "idle" as const, values: {}, errors: {}, submission: 0 };

const INITIATIVE_CASES: [string, Record<string, string | string[]>, string, string][] = [
  ["missing name", { "name.fr": "" }, "name", "text.oneLocaleRequired"],
  ["missing source location", { "source.locator": "" }, "source.locator", "required"],
  ["missing themes", { themes: [] }, "themes", "themes.required"],
  ["missing donor", { "organisations.0.column": "partner" }, "organisations", "organisations.donorRequired"],
  ["missing recipients", { recipientCountries: "" }, "recipientCountries", "recipients.required"],
  ["a year that is not a number", { "period.startYear": "deux mille" }, "period.startYear", "invalidType"],
  ["a fractional appendix row", { appendixRow: "1.5" }, "appendixRow", "invalidType"],
  ["a month out of range", { "period.startMonth": "13" }, "period.startMonth", "month.range"],
  ["an unknown status", { status: "deleted" }, "status", "invalid"],
  ["an over-long name", { "name.fr": long(301) }, "name.fr", "text.tooLong"],
  ["an over-long summary", { "summary.ja": long(2001) }, "summary.ja", "text.tooLong"],
  ["a NUL byte in a name", { "name.fr": "Nom\u0000" }, "name.fr", "text.controlCharacters"],
  ["an escape sequence in a summary", { "summary.en": "a\u001b[31m b" }, "summary.en", "text.controlCharacters"],
  ["an invalid country code", { recipientCountries: "TH, XX" }, "recipientCountries", "country.invalidValue"],
  ["end before start", { "period.startYear": "2020", "period.endYear": "2019" }, "period.endYear", "period.endBeforeStart"],
  ["ongoing with an end", { "period.endYear": "2022", "period.ongoing": "on" }, "period.ongoing", "period.ongoingWithEnd"],
  ["a script tag as slug", { slug: "<script>alert(1)</script>" }, "slug", "slug.format"],
  ["a script tag as organisation", { "organisations.0.org": "<script>" }, "organisations.0.org", "slug.format"],
  ["an unknown organisation", { "organisations.0.org": "no-such-organisation" }, "organisations", "reference.unknown"],
  ["an unknown theme", { themes: ["no-such-theme"] }, "themes", "reference.unknown"],
  ["an unknown source", { "source.document": "no-such-source" }, "source.document", "reference.unknown"],
  [
    "a new organisation without a type",
    { "newOrg.name.ja": "新組織", "newOrg.name.en": "New body", "newOrg.name.fr": "Nouvel organisme", "newOrg.column": "partner" },
    "newOrg.type",
    "invalid",
  ],
  [
    "a new organisation with a bad country",
    {
      "newOrg.name.ja": "新組織",
      "newOrg.name.en": "New body",
      "newOrg.name.fr": "Nouvel organisme",
      "newOrg.type": "private",
      "newOrg.country": "ZZ",
      "newOrg.column": "partner",
    },
    "newOrg.country",
    "country.invalid",
  ],
  ["a version that is not a number", { version: "<b>2</b>" }, "form", "invalid"],
  // Without a slug one is derived from the name in originalLocale, looked up before validation.
  ["an original locale naming an object property, without a slug", { slug: "", originalLocale: "constructor" }, "originalLocale", "invalid"],
];

describe("the initiative form rejects bad input, explains it, and writes nothing", () => {
  for (const [label, override, field, key] of INITIATIVE_CASES) {
    it(label, async () => {
      const before = await snapshot();
      const values = { ...validInitiativeForm(`${PREFIX}-initiative`), ...override };
      const state = await saveInitiativeAction(idle, formData(values));
      expect(state.status).toBe("invalid");
      expect(
        state.errors[field]?.map((e) => e.key),
        JSON.stringify(state.errors),
      ).toContain(key);
      message(key);
      expect(state.values["name.fr"]).toBe(values["name.fr"]); // the user's input is kept
      expect(await snapshot()).toEqual(before);
    });
  }

  it("accepts the valid base form (so the cases above fail for their own reason)", async () => {
    const before = await snapshot();
    const slug = `${PREFIX}-valid`;
    await expect(saveInitiativeAction(idle, formData(validInitiativeForm(slug)))).rejects.toMatchObject({
      digest: expect.stringContaining(`/en/admin/initiatives/${slug}/edit`),
    });
    expect((await snapshot()).initiatives).toBe(before.initiatives + 1);
    await prisma.initiative.delete({ where: { slug } });
  });
});

describe("the status form", () => {
  // Found by the reliability fuzz: any target but "archived" used to mean "restore to draft", unpublishing the record.
  for (const target of ["<x>", "published", ""]) {
    it(`refuses target=${JSON.stringify(target)} and leaves a published initiative as it was`, async () => {
      const record = await prisma.initiative.findFirstOrThrow({ where: { status: "published" }, select: { slug: true, version: true } });
      const before = await snapshot();
      await expect(changeInitiativeStatusAction("en", formData({ slug: record.slug, version: String(record.version), target }))).rejects.toMatchObject({
        digest: expect.stringContaining("/en/admin/initiatives;"),
      });
      expect(await prisma.initiative.findUniqueOrThrow({ where: { slug: record.slug }, select: { status: true, version: true } })).toEqual({
        status: "published",
        version: record.version,
      });
      expect(await snapshot()).toEqual(before);
    });
  }
});

const USER_CASES: [string, Record<string, string>, string, string][] = [
  ["a missing e-mail", { email: "" }, "email", "email.invalid"],
  ["a malformed e-mail", { email: "not-an-email" }, "email", "email.invalid"],
  ["a script tag as e-mail", { email: "<script>@x" }, "email", "email.invalid"],
  ["a short password", { password: "short" }, "password", "password.tooShort"],
  ["an over-long password", { password: long(257) }, "password", "password.tooLong"],
  ["an unknown role", { role: "root" }, "role", "role.invalid"],
  ["a missing name", { name: " " }, "name", "name.required"],
  ["an over-long name", { name: long(121) }, "name", "text.tooLong"],
  ["a NUL byte in a name", { name: "A\u0000" }, "name", "text.controlCharacters"],
];

describe("the user form rejects bad input and writes nothing", () => {
  for (const [label, override, field, key] of USER_CASES) {
    it(label, async () => {
      const before = await snapshot();
      const values = { email: `${PREFIX}-user@example.org`, name: "N", role: "editor", password: "long-enough-password", ...override };
      const state = await createUserAction({ values: { email: "", name: "", role: "" }, errors: {}, created: null }, formData(values));
      expect(state.created).toBeNull();
      expect(state.errors[field]?.map((e) => e.key)).toContain(key);
      message(key);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a second account with the same e-mail", async () => {
    const state = await createUserAction(
      { values: { email: "", name: "", role: "" }, errors: {}, created: null },
      formData({ email: `${PREFIX}-ADMIN@example.org`, name: "N", role: "editor", password: "long-enough-password" }),
    );
    expect(state.errors.email?.map((e) => e.key)).toEqual(["email.taken"]);
  });
});

const HEADER = "slug,status,originalLocale,name_fr,organisations,recipientCountries,themes,startYear,endYear,sourceDocument,sourceLocator";
const good = (slug: string) => `${slug},draft,fr,Bonne ligne,donor:jica:funding:1,TH,awareness,2020,2021,murakami-2018,row`;
const CSV_CASES: [string, string, string][] = [
  ["an unknown column", `${HEADER},colour\n${good(`${PREFIX}-a`)},red`, "csv.unknownColumns"],
  ["a missing column", `slug,name_fr\n${PREFIX}-a,Nom`, "csv.missingColumns"],
  ["no rows", HEADER, "csv.empty"],
  ["a bad country", `${HEADER}\n${good(`${PREFIX}-a`)}\n${PREFIX}-b,draft,fr,Nom,donor:jica,XX,awareness,2020,2021,murakami-2018,row`, "country.invalidValue"],
  [
    "end before start",
    `${HEADER}\n${good(`${PREFIX}-a`)}\n${PREFIX}-b,draft,fr,Nom,donor:jica,TH,awareness,2022,2021,murakami-2018,row`,
    "period.endBeforeStart",
  ],
  ["a year that is not a number", `${HEADER}\n${PREFIX}-b,draft,fr,Nom,donor:jica,TH,awareness,20x0,,murakami-2018,row`, "invalidType"],
  ["an over-long name", `${HEADER}\n${PREFIX}-b,draft,fr,${long(301)},donor:jica,TH,awareness,2020,,murakami-2018,row`, "text.tooLong"],
  ["a script tag as slug", `${HEADER}\n<script>x</script>,draft,fr,Nom,donor:jica,TH,awareness,2020,,murakami-2018,row`, "slug.format"],
  ["a duplicated slug", `${HEADER}\n${good(`${PREFIX}-a`)}\n${good(`${PREFIX}-a`)}`, "csv.duplicateSlug"],
  ["an unknown organisation", `${HEADER}\n${PREFIX}-b,draft,fr,Nom,donor:nobody-knows,TH,awareness,2020,,murakami-2018,row`, "reference.unknown"],
  ["a malformed organisation entry", `${HEADER}\n${PREFIX}-b,draft,fr,Nom,donor:jica:free:1,TH,awareness,2020,,murakami-2018,row`, "csv.organisationFormat"],
  ["an unclosed quote", `${HEADER}\n${PREFIX}-b,draft,fr,"Nom,donor:jica,TH,awareness,2020,,murakami-2018,row`, "csv."],
];

describe("the CSV import rejects bad files, lists each row's problems, and imports nothing", () => {
  for (const [label, csv, key] of CSV_CASES) {
    it(label, async () => {
      const before = await snapshot();
      const state = await importAction(
        { status: "idle", token: "", encoding: null, fileProblems: [], rows: [], imported: 0 },
        formData({ csv, intent: "import" }),
      );
      expect(state.status).toBe("rejected");
      const keys = [...state.fileProblems.map((p) => p.key), ...state.rows.flatMap((r) => r.problems.map((p) => p.key))];
      expect(
        keys.some((k) => k.startsWith(key)),
        keys.join(", "),
      ).toBe(true);
      for (const k of keys) message(k);
      expect(await snapshot()).toEqual(before);
    });
  }
});

describe("the login form", () => {
  for (const [label, values] of [
    ["missing fields", { email: "", password: "" }],
    ["a script tag", { email: "<script>alert(1)</script>", password: "x" }],
    ["an over-long password", { email: "a@b.c", password: long(300) }],
  ] as const) {
    it(`answers ${label} with an error and no session`, async () => {
      jar.clear();
      const state = await loginAction({ error: null, email: "" }, formData(values));
      expect(state.error).not.toBeNull();
      expect(jar.size).toBe(0);
    });
  }
});
