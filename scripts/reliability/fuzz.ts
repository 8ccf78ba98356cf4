// ≥ 1,000 generated bad inputs against the running server: every answer must be < 500, and no
// rejected input may change a row.
import http from "node:http";
import { formFields, getPage, postForm, setField, type Fields, type Session } from "./form";

const LONG = "x".repeat(10_000);
/** Values that have broken parsers, query engines and renderers elsewhere. */
export const BAD_VALUES = [
  "\u0000",
  "a\u0000b",
  "%00",
  "\u0007\u001b[31m",
  "\uFFFF",
  "\uD800",
  "💥".repeat(50),
  "\u202Eevil",
  LONG,
  "x".repeat(201),
  '"',
  '"unterminated',
  "NEAR(a b",
  "a AND",
  "OR",
  "*",
  "^a",
  "col:val",
  "name:x",
  "(",
  ")",
  "{a b}",
  "a -b",
  "-1",
  "0",
  "1e309",
  "NaN",
  "' OR 1=1 --",
  "'; DROP TABLE Initiative; --",
  "1 UNION SELECT * FROM User",
  "%' --",
  "\\",
  "../../etc/passwd",
  "%2e%2e%2f",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "__proto__",
  "constructor",
  "[]",
  "{}",
  "null",
  "undefined",
  "true",
  " ",
  "\t\n",
  "9".repeat(40),
  "-99999999999",
  "2100.5",
  "１２３",
  "ＡＢ",
  "zz",
  "ZZZ",
];
/** Values that free-text fields (names, summaries, locators) must refuse; the rest would be valid text there. */
const BAD_TEXT = ["\u0000", "a\u0000b", "\u0007\u001b[31m", "x\u0085y", LONG, "\u0000".repeat(5), `${"y".repeat(299)}\u0000`];
const TEXT_FIELDS = new Set(["name.fr", "name.en", "summary.ja", "source.locator", "newOrg.name.en", "name"]);
const KEYS = [
  "q",
  "country",
  "region",
  "donor",
  "partner",
  "funder",
  "theme",
  "target",
  "from",
  "to",
  "started",
  "sort",
  "page",
  "pageSize",
  "locale",
  "bogus",
];

type Probe = { kind: string; label?: string; run: (session: Session) => Promise<Response> };

// Lone surrogates cannot be percent-encoded; they are sent as U+FFFD, as browsers do.
const enc = (value: string) => encodeURIComponent(value.toWellFormed());
// Percent-encoding that also emits bytes that are not UTF-8, which encodeURIComponent cannot produce.
const RAW_SEGMENTS = [
  "%ff",
  "%c3%28",
  "%00",
  "%",
  "%zz",
  "..",
  "%2e%2e",
  "a%2fb",
  "%e3%81",
  "x".repeat(3000),
  "ä",
  "%F0%9F%92%A5",
  "<x>",
  "'",
  ";",
  "index.php",
];

export function probes(adminEditSlug: string): Probe[] {
  const list: Probe[] = [];
  const get = (kind: string, path: string, method = "GET") =>
    list.push({
      kind,
      label: `${method} ${path.slice(0, 80)}`,
      run: (s) => fetch(s.base + path, { method, redirect: "manual", headers: { cookie: s.cookie } }),
    });
  for (const key of KEYS)
    for (const value of BAD_VALUES) {
      get("api query", `/api/v1/initiatives?${key}=${enc(value)}`);
      get("page query", `/en/initiatives?${key}=${enc(value)}`);
    }
  for (const value of BAD_VALUES.slice(0, 30)) {
    get("page query", `/ja/countries?q=${enc(value)}&sort=${enc(value)}`);
    get("page query", `/fr/organisations?type=${enc(value)}&country=${enc(value)}`);
    get("page query", `/en/admin/initiatives?q=${enc(value)}&status=${enc(value)}&page=${enc(value)}`);
    get("page query", `/en/admin/audit?page=${enc(value)}`);
    get("api query", `/api/v1/initiatives/cybergreen-initiative?locale=${enc(value)}`);
  }
  for (const segment of [...RAW_SEGMENTS, ...BAD_VALUES.slice(0, 40).map(enc)])
    for (const prefix of [
      "",
      "/en",
      "/en/initiatives",
      "/fr/themes",
      "/ja/countries",
      "/en/organisations",
      "/en/gge",
      "/api/v1/initiatives",
      "/en/admin/initiatives",
      "/_next/static",
    ])
      get("path/slug", `${prefix}/${segment}`);
  // CONNECT is not listed: Node's HTTP server closes such connections itself, before any handler.
  for (const method of ["TRACE", "TRACK", "PUT", "DELETE", "PATCH", "PROPFIND", "OPTIONS", "FOO"])
    for (const path of ["/en", "/api/v1/initiatives", "/en/login", "/%ff"])
      list.push({ kind: "method", label: `${method} ${path}`, run: (s) => rawRequest(s.base, method, path) });

  // The login form: bad e-mails and passwords (signed out).
  for (const value of BAD_VALUES)
    list.push({ kind: "login form", run: async (s) => loginWith({ base: s.base, cookie: "" }, value, value.length > 3 ? value : "short") });

  // Admin forms, each field replaced by bad values in turn.
  const initiativeFields = [
    "slug",
    "status",
    "originalLocale",
    "name.fr",
    "name.en",
    "summary.ja",
    "organisations.0.org",
    "organisations.0.column",
    "organisations.0.iatiRole",
    "recipientCountries",
    "themes",
    "targetGroups",
    "period.startYear",
    "period.endYear",
    "period.startMonth",
    "source.document",
    "source.locator",
    "version",
    "newOrg.name.en",
  ];
  for (const field of initiativeFields)
    for (const value of TEXT_FIELDS.has(field) ? BAD_TEXT : BAD_VALUES.slice(0, 40)) {
      list.push({
        kind: "admin form",
        label: `edit ${field}=${JSON.stringify(value.slice(0, 30))}`,
        run: (s) => adminPost(s, `/en/admin/initiatives/${adminEditSlug}/edit`, 'name="summary.en"', field, value),
      });
      if (field !== "version") list.push({ kind: "admin form", run: (s) => adminPost(s, "/en/admin/initiatives/new", 'name="slug"', field, value) });
    }
  for (const field of ["email", "name", "role", "password"])
    for (const value of TEXT_FIELDS.has(field) ? BAD_TEXT : BAD_VALUES.slice(0, 20))
      list.push({ kind: "admin form", run: (s) => adminPost(s, "/en/admin/users", 'name="password"', field, value) });
  for (const [field, value] of [
    ["slug", "no-such-slug"],
    ["version", "abc"],
    ["target", "<x>"],
    ["slug", "\u0000"],
  ])
    list.push({ kind: "admin form", run: (s) => adminPost(s, `/en/admin/initiatives/${adminEditSlug}/edit`, 'name="target"', field, value) });

  // CSV import.
  for (const [name, bytes] of badCsvFiles()) list.push({ kind: `csv import`, label: name, run: (s) => importFile(s, bytes, name) });

  // Malformed server-action posts.
  for (const [label, headers, body] of [
    ["forged origin", { origin: "https://evil.example", "next-action": "00" }, "x"],
    ["forged origin + x-forwarded-host", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }, "email=a&password=b"],
    ["origin null", { origin: "null" }, "x"],
    ["unknown action id", { "next-action": "ffffffffffffffffffffffffffffffffffffffffff" }, "[]"],
    ["garbage action id", { "next-action": "<script>" }, "[]"],
    ["garbage body", { "content-type": "multipart/form-data; boundary=x" }, '--x\r\nContent-Disposition: form-data; name="$ACTION_ID_zz"\r\n\r\n\r\n--x--'],
    ["broken multipart", { "content-type": "multipart/form-data; boundary=zz" }, "not multipart at all"],
    ["json body", { "content-type": "application/json", "next-action": "00" }, '{"a":'],
    ["lying length", { "content-length": "999999999" }, "x"],
  ] as [string, Record<string, string>, string][])
    for (const path of ["/en/login", "/en/admin/import", "/en/admin/users", "/en"])
      list.push({
        kind: "server action",
        label: `${label} ${path}`,
        run: (s) => rawRequest(s.base, "POST", path, { origin: s.base, cookie: s.cookie, ...headers }, body),
      });
  return list;
}

/** fetch() refuses TRACE, TRACK and CONNECT itself; node:http sends them as given. */
function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const request = http.request(base + path, { method, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(new Response(null, { status: response.statusCode ?? 599 })));
    });
    // A server that answers before reading a body (413) may close the socket under the client.
    request.on("error", (error: NodeJS.ErrnoException) =>
      error.code === "ECONNRESET" || error.code === "EPIPE" ? resolve(new Response(null, { status: 499 })) : reject(error),
    );
    request.end(body);
  });
}

async function loginWith(s: Session, email: string, password: string) {
  const html = await (await getPage(s, "/en/login")).text();
  return postForm(s, "/en/login", setField(setField(formFields(html, 'name="password"'), "email", email), "password", password));
}

const pages = new Map<string, string>();
async function adminPost(s: Session, path: string, marker: string, field: string, value: string) {
  const key = `${path}|${marker}`;
  if (!pages.has(key)) pages.set(key, await (await getPage(s, path)).text());
  let fields: Fields = formFields(pages.get(key)!, marker);
  // The edit form's version must stay current or every post is a (correctly refused) conflict.
  fields = setField(fields, field, value);
  return postForm(s, path, fields);
}

async function importFile(s: Session, bytes: Uint8Array, name: string) {
  const html = await (await getPage(s, "/en/admin/import")).text();
  const fields = formFields(html, 'name="file"');
  return postForm(s, "/en/admin/import", fields, [["file", new Blob([new Uint8Array(bytes)], { type: "text/csv" }), name]]);
}

const HEADER = "slug,status,originalLocale,name_fr,organisations,recipientCountries,themes,startYear,sourceDocument,sourceLocator";
function badCsvFiles(): [string, Uint8Array][] {
  const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i)).join("\n");
  const ok = (i: number) => `fuzz-row-${i},draft,fr,Nom ${i},donor:jica,TH,awareness,2020,murakami-2018,row`;
  const text: [string, string][] = [
    ["extra-cells", `${HEADER}\n${ok(1)},7th,8th`],
    ["semicolons", `${HEADER.replaceAll(",", ";")}\n${ok(1).replaceAll(",", ";")}`],
    ["unclosed-quote", `${HEADER}\n"${ok(1)}`],
    ["bad-row", `${HEADER}\n${ok(1)}\nfuzz-bad,draft,fr,Nom,donor:jica,XX,awareness,20x0,murakami-2018,row`],
    ["html", `${HEADER}\n<script>alert(1)</script>,draft,fr,<img src=x onerror=1>,donor:jica,TH,awareness,2020,murakami-2018,row`],
    ["sql", `${HEADER}\n'; DROP TABLE Initiative; --,draft,fr,x,donor:jica,TH,awareness,2020,murakami-2018,row`],
    ["only-header", HEADER],
    ["empty", ""],
    ["no-header", ok(1)],
    ["unknown-columns", `${HEADER},colour\n${ok(1)},red`],
    ["over-long-cell", `${HEADER}\nfuzz-long,draft,fr,${"n".repeat(100_000)},donor:jica,TH,awareness,2020,murakami-2018,row`],
    ["too-many-rows", `${HEADER}\n${rows(2001, ok)}`],
    ["duplicate-slugs", `${HEADER}\n${ok(1)}\n${ok(1)}\nfuzz-bad,draft,fr,x,donor:nobody,TH,awareness,2020,murakami-2018,row`],
  ];
  const files: [string, Uint8Array][] = text.map(([n, t]) => [`${n}.csv`, new TextEncoder().encode(t)]);
  files.push(["nul.csv", new TextEncoder().encode(`${HEADER}\n${ok(1)}\u0000`)]);
  files.push(["latin1.csv", Buffer.from(`${HEADER}\nfuzz-l,draft,fr,Caf\xe9 cr\xe8me,donor:jica,TH,awareness,2020,murakami-2018,row`, "latin1")]);
  files.push(["utf16-no-bom.csv", Buffer.from(`${HEADER}\n${ok(1)}`, "utf16le")]);
  files.push(["binary.csv", Uint8Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)]);
  files.push(["huge-3mb.csv", new TextEncoder().encode(`${HEADER}\n${rows(30_000, ok)}`)]);
  files.push(["huge-30mb.csv", new Uint8Array(30_000_000).fill(0x41)]);
  files.push([
    "bad-row-600kb.csv",
    new TextEncoder().encode(
      `${HEADER}\n${rows(1999, (i) => ok(i).replace("Nom", "N".repeat(250)))}\nfuzz-bad,draft,fr,x,donor:jica,XX,awareness,2020,murakami-2018,row`,
    ),
  ]);
  return files;
}

export type FuzzResult = { total: number; byKind: Record<string, { count: number; fiveXX: number }>; accepted: string[]; examples: string[] };

export async function runFuzz(session: Session, adminEditSlug: string, concurrency = 6): Promise<FuzzResult> {
  const list = probes(adminEditSlug);
  const result: FuzzResult = { total: list.length, byKind: {}, accepted: [], examples: [] };
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < list.length) {
        const probe = list[next++];
        const entry = (result.byKind[probe.kind] ??= { count: 0, fiveXX: 0 });
        entry.count++;
        let status = 0;
        try {
          const response = await probe.run(session);
          status = response.status;
          await response.arrayBuffer();
          // A form that saved answers 303 to its page (?saved=…, ?status=archived|restored); a refused one renders again with its errors.
          if (probe.kind === "admin form" && status === 303 && /saved=|created=|status=(?:archived|restored)/.test(response.headers.get("location") ?? ""))
            result.accepted.push(probe.label ?? "?");
        } catch (error) {
          status = 599;
          result.examples.push(`${probe.kind}: ${String(error).slice(0, 120)}`);
        }
        if (status >= 500) {
          entry.fiveXX++;
          if (result.examples.length < 20) result.examples.push(`${probe.kind}: ${probe.label ?? "?"} → ${status}`);
        }
      }
    }),
  );
  return result;
}
