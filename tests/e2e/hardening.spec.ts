import { expect, test, type APIResponse } from "@playwright/test";

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  expect(headers["content-security-policy"], response.url()).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"].match(/script-src [^;]*/)?.[0]).not.toContain("unsafe-inline");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
}

test("invalid UTF-8 in paths and odd methods get 4xx with the security headers", async ({ request }) => {
  for (const path of ["/%ff", "/en/themes/%ff", "/api/v1/initiatives/%c3%28"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(400);
    expectSecurityHeaders(response);
  }
  for (const method of ["TRACE", "PROPFIND"]) {
    const response = await request.fetch("/en", { method });
    expect(response.status(), method).toBe(405);
    expectSecurityHeaders(response);
  }
});

test("404s and API errors carry the security headers", async ({ request }) => {
  for (const path of ["/en/no-such-page", "/en/initiatives/no-such-slug", "/no-such.txt", "/api/v1/initiatives/no-such-slug"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expectSecurityHeaders(response);
  }
});

test("a NUL byte in the search text: 400 on the API, ignored with a notice on the page", async ({ request }) => {
  const api = await request.get("/api/v1/initiatives?q=abc%00def&locale=fr");
  expect(api.status()).toBe(400);
  const body = await api.json();
  expect(body.error.issues[0]).toMatchObject({ path: "q" });
  expect(body.error.issues[0].message).toContain("caractères de contrôle");
  const page = await request.get("/en/initiatives?q=a%00b");
  expect(page.status()).toBe(200);
  expect(await page.text()).toContain("control characters");
});

test("pages have a per-request script nonce; admin and login are not cached", async ({ request }) => {
  const [first, second] = [await request.get("/en"), await request.get("/en")];
  const nonce = (r: APIResponse) => r.headers()["content-security-policy"].match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(first)).toBeTruthy();
  expect(nonce(first)).not.toBe(nonce(second));
  expect(await first.text()).toContain(`nonce="${nonce(first)}"`);
  for (const path of ["/en/login", "/fr/admin"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.headers()["cache-control"], path).toContain("no-store");
  }
});

test("a forged Origin does not pass the server-action check, even with a matching X-Forwarded-Host", async ({ request }) => {
  const response = await request.post("/en/login", {
    headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example", "next-action": "00" },
    data: "x",
  });
  expect(response.status()).toBe(403);
  expectSecurityHeaders(response);
});

test("a multipart post whose body is not multipart gets 400, not a 500 from the server-action parser", async ({ request, baseURL }) => {
  for (const path of ["/en/login", "/en"]) {
    const response = await request.post(path, {
      headers: { origin: baseURL!, "content-type": "multipart/form-data; boundary=zz" },
      data: "not multipart at all",
    });
    expect(response.status(), path).toBe(400);
    expectSecurityHeaders(response);
  }
});
