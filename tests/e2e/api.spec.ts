import { expect, test } from "@playwright/test";

test("GET /api/v1/initiatives returns items and facets", async ({ request }) => {
  const response = await request.get("/api/v1/initiatives?country=TH&pageSize=5&locale=fr");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.total).toBeGreaterThan(0);
  expect(body.items.length).toBeLessThanOrEqual(5);
  const item = body.items[0];
  for (const key of ["slug", "name", "donors", "partners", "recipients", "themes", "startYear", "endYear", "source"]) expect(item).toHaveProperty(key);
  expect(item).toHaveProperty("via");
  expect(body.facets.theme.length).toBeGreaterThan(0);
});

test("GET /api/v1/initiatives/{slug} returns the whole record in every language", async ({ request }) => {
  // A seeded record named in three languages (the newest record may be one another test just created).
  const list = await (await request.get("/api/v1/initiatives?donor=jica&q=cybercrime&pageSize=100")).json();
  const slug = "jica-countermeasures-against-cybercrime-2015";
  expect(list.items.map((item: { slug: string }) => item.slug)).toContain(slug);
  const response = await request.get(`/api/v1/initiatives/${slug}`);
  expect(response.status()).toBe(200);
  const record = await response.json();
  expect(Object.keys(record.name).sort()).toEqual(["en", "fr", "ja"]);
  expect(record.source.locator).toBeTruthy();
  expect((await request.get("/api/v1/initiatives/no-such-thing")).status()).toBe(404);
});

for (const query of [
  "page=-1",
  "from=abc",
  "to=1800",
  "from=2015&to=2010",
  "country=ZZ",
  "theme=no-such-theme",
  "sort=random",
  "pageSize=5000",
  `q=${"x".repeat(201)}`,
  "unknown=1",
]) {
  test(`GET /api/v1/initiatives?${query.slice(0, 30)} is a 400 with issues`, async ({ request }) => {
    const response = await request.get(`/api/v1/initiatives?${query}&locale=ja`);
    expect(response.status()).toBe(400);
    const body = await response.json();
    expect(body.error.message).toBeTruthy();
    expect(body.error.issues.length).toBeGreaterThan(0);
  });
}

test("a query full of SQL and FTS syntax is searched safely", async ({ request }) => {
  const q = encodeURIComponent(`"') OR 1=1; DROP TABLE Initiative; -- NEAR(a b) * ^`);
  const response = await request.get(`/api/v1/initiatives?q=${q}`);
  expect(response.status()).toBe(200);
});
