import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jar, mockNextRequestScope } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { createSession } = await import("../../lib/auth/session");
const { importAction } = await import("../../lib/actions/import");
const { decodeCsv } = await import("../../lib/csv/decode");
const { parseInitiativeCsv, initiativesToCsv } = await import("../../lib/csv/initiative-csv");
const { CSV_MAX_BYTES, SERVER_ACTION_BODY_LIMIT } = await import("../../lib/csv/limits");
const { initiativeInputSchema } = await import("../../lib/validations/initiative");
const en = (await import("../../messages/en.json")).default;
const fs = await import("node:fs");

const PREFIX = "csv-harden";
const HEADER = "slug,status,originalLocale,name_ja,organisations,recipientCountries,themes,startYear,sourceDocument,sourceLocator";
const row = (slug: string, name: string) => `${slug},draft,ja,${name},donor:jica:funding:1,TH,awareness,2020,murakami-2018,row`;
const SJIS_TESUTO = Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]); // テスト in Shift_JIS
const idle = { status: "idle" as const, token: "", encoding: null, fileProblems: [], rows: [], imported: 0 };

function upload(bytes: Uint8Array, intent = "preview") {
  const data = new FormData();
  data.append("locale", "en");
  data.append("intent", intent);
  data.append("file", new File([new Uint8Array(bytes)], "upload.csv", { type: "text/csv" }));
  return data;
}
const utf16 = (text: string, littleEndian: boolean) => {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  return littleEndian ? le : Buffer.from(le).swap16();
};

beforeAll(async () => {
  const { id } = await createUser({ email: `${PREFIX}@example.org`, name: "C", role: "editor", password: "long-enough-password" });
  jar.clear();
  await createSession(id);
});
afterAll(async () => {
  await prisma.initiative.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.auditLog.deleteMany({ where: { entitySlug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

describe("CSV encodings", () => {
  const text = `${HEADER}\n${row(`${PREFIX}-x`, "テスト")}`;
  it.each([
    ["utf-8", Buffer.from(text)],
    ["utf-8-bom", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ["utf-16le", utf16(text, true)],
    ["utf-16be", utf16(text, false)],
    [
      "shift_jis",
      Buffer.concat([Buffer.from(`${HEADER}\n${PREFIX}-x,draft,ja,`), SJIS_TESUTO, Buffer.from(",donor:jica:funding:1,TH,awareness,2020,murakami-2018,row")]),
    ],
  ])("detects %s and decodes it to the same text", (encoding, bytes) => {
    expect(decodeCsv(bytes)).toEqual({ ok: true, encoding, text });
  });

  it("refuses Latin-1 and other undecodable bytes instead of storing mojibake", () => {
    expect(decodeCsv(Buffer.from("slug,name_fr\ncafe,Caf\xe9 \xe0 la cr\xe8me", "latin1"))).toEqual({ ok: false, key: "csv.encoding" });
    expect(decodeCsv(Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).toEqual({ ok: false, key: "csv.encoding" }); // lone surrogate
  });

  it("refuses NUL bytes (binary files, UTF-16 without BOM)", () => {
    expect(decodeCsv(Buffer.from(text, "utf16le"))).toEqual({ ok: false, key: "csv.controlCharacters" });
  });

  it("imports a Shift_JIS file and states its encoding in the preview", async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\n${PREFIX}-sjis,draft,ja,`),
      SJIS_TESUTO,
      Buffer.from(",donor:jica:funding:1,TH,awareness,2020,murakami-2018,row"),
    ]);
    const preview = await importAction(idle, upload(bytes));
    expect(preview).toMatchObject({ status: "preview", encoding: "shift_jis" });
    expect(preview.token).not.toBe("");
    // The import sends only the token: the file travels once.
    const data = new FormData();
    for (const [k, v] of Object.entries({ locale: "en", intent: "import", token: preview.token })) data.append(k, v);
    expect(await importAction(preview, data)).toMatchObject({ status: "imported", imported: 1 });
    const text = await prisma.initiativeText.findFirst({ where: { initiative: { slug: `${PREFIX}-sjis` }, locale: "ja" }, select: { name: true } });
    expect(text?.name).toBe("テスト");
    // A token is used once.
    expect((await importAction(preview, data)).fileProblems).toEqual([{ key: "csv.previewExpired" }]);
  });

  it("answers a file in an unknown encoding with a localised message", async () => {
    const state = await importAction(idle, upload(Buffer.from("slug\nCaf\xe9 \xe0", "latin1")));
    expect(state.fileProblems).toEqual([{ key: "csv.encoding" }]);
    expect(en.Validation.csv.encoding).toBeTruthy();
  });
});

describe("malformed CSV rows", () => {
  it("reports a row with more cells than the header instead of throwing", () => {
    const result = parseInitiativeCsv(`${HEADER}\n${row(`${PREFIX}-a`, "名前")},extra,cells`);
    expect(result.rows[0].problems.map((p) => p.key)).toContain("csv.tooManyCells");
    expect(result.rows[0].input).toBeNull();
  });

  it("recognises a semicolon-separated file", () => {
    expect(parseInitiativeCsv(`${HEADER.replaceAll(",", ";")}\n${row(`${PREFIX}-a`, "名前").replaceAll(",", ";")}`).fileProblems).toEqual([
      { key: "csv.semicolons" },
    ]);
  });

  it("the action answers both with problems, never a 500", async () => {
    for (const text of [`${HEADER}\n${row(`${PREFIX}-a`, "名前")},7th`, `a;b;c\n1;2;3`]) {
      const state = await importAction(idle, upload(Buffer.from(text)));
      expect(state.status).toBe("rejected");
    }
  });
});

describe("export ↔ import round trip", () => {
  it("removes the formula guard that export adds", () => {
    const input = initiativeInputSchema.parse({
      slug: `${PREFIX}-formula`,
      originalLocale: "fr",
      status: "draft",
      name: { fr: "=1+1", en: "-minus", ja: "@at" },
      organisations: [{ org: "jica", column: "donor", funding: true, iatiRole: 1 }],
      recipientCountries: ["SN"],
      themes: ["awareness"],
      period: { startYear: 2021, endYear: null, ongoing: true },
      source: { document: "murakami-2018", locator: "+locator" },
    });
    const csv = initiativesToCsv([input]);
    expect(csv).toContain("'=1+1");
    const back = parseInitiativeCsv(csv).rows[0].input!;
    expect(back.name).toMatchObject({ fr: "=1+1", en: "-minus", ja: "@at" });
    expect(back.source.locator).toBe("+locator");
  });
});

describe("upload limit", () => {
  it("lets Next accept a body as large as the limit told to the user", () => {
    expect(SERVER_ACTION_BODY_LIMIT).toBeGreaterThan(CSV_MAX_BYTES);
    expect(fs.readFileSync("next.config.ts", "utf8")).toMatch(/bodySizeLimit:\s*SERVER_ACTION_BODY_LIMIT/);
    expect(en.AdminImport.fileHint).toContain("{size, number} MB");
  });
});
