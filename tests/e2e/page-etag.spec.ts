import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { databaseFilePath } from "../../lib/env";

// Public pages carry a validator built from the build, the URL and the data version (scripts/server.ts).
test("a public page answers 304 to its ETag until the data changes", async ({ request }) => {
  const first = await request.get("/fr/countries?q=ke");
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/"p-/);
  expect(first.headers()["cache-control"]).toBe("public, max-age=0, must-revalidate");

  const again = await request.get("/fr/countries?q=ke", { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(again.headers()["etag"]).toBe(etag);
  // A cache merges a 304's headers into the stored page: a nonce-less CSP would block the stored page's scripts.
  expect(again.headers()["content-security-policy"]).toBeUndefined();
  expect(await again.body()).toHaveLength(0);

  // Another URL or language is another page.
  expect((await request.get("/en/countries?q=ke", { headers: { "if-none-match": etag } })).status()).toBe(200);
  expect((await request.get("/fr/countries?q=k", { headers: { "if-none-match": etag } })).status()).toBe(200);

  // A write to the catalogue (here a bare change-log entry, as every catalogue trigger appends) changes the version.
  const db = new Database(databaseFilePath(process.env.DATABASE_URL ?? "file:./data/e2e.db"));
  try {
    db.prepare(`INSERT INTO "CatalogueChange" ("initiativeId") VALUES (NULL)`).run();
  } finally {
    db.close();
  }
  const after = await request.get("/fr/countries?q=ke", { headers: { "if-none-match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).toMatch(/^W\/"p-/);
  expect(after.headers()["etag"]).not.toBe(etag);
});

test("no validator for signed-in visitors, admin pages, missing pages or RSC requests", async ({ request }) => {
  const etag = (await request.get("/en/initiatives")).headers()["etag"];
  expect(etag).toBeTruthy();
  const signedIn = await request.get("/en/initiatives", { headers: { "if-none-match": etag, cookie: "portal_session=anything" } });
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["etag"]).toBeUndefined();
  const rsc = await request.get("/en/initiatives", { headers: { "if-none-match": etag, rsc: "1" } });
  expect(rsc.status()).toBe(200);
  expect(rsc.headers()["etag"]).toBeUndefined();
  const admin = await request.get("/en/admin", { maxRedirects: 0 });
  expect(admin.headers()["etag"]).toBeUndefined();
  const missing = await request.get("/en/initiatives/no-such-initiative");
  expect(missing.status()).toBe(404);
  expect(missing.headers()["etag"]).toBeUndefined();
});
