import { describe, expect, it } from "vitest";
import { refuseRequest } from "../../lib/http-guard";
import { contentSecurityPolicy } from "../../lib/security-headers";

const get = (url: string, method = "GET") => refuseRequest({ method, url, headers: { host: "portal.example" } });

describe("requests refused before Next (which would answer 500)", () => {
  it.each(["TRACE", "CONNECT", "TRACK", "PROPFIND", "FOO"])("%s → 405", (method) => {
    expect(get("/en", method)?.status).toBe(405);
  });
  it.each(["/%ff", "/en/themes/%ff", "/api/%c3%28", "/100%", "/en/%00"])("%s → 400", (url) => {
    expect(get(url)?.status).toBe(400);
  });
  it("lets ordinary requests through, including encoded UTF-8 and odd query strings", () => {
    for (const url of ["/en", "/ja/themes/%E3%83%86", "/api/v1/initiatives?q=%ff%00", "/en/initiatives?q=100%"]) expect(get(url)).toBeNull();
  });
});

describe("cross-origin posts", () => {
  const post = (headers: Record<string, string>, trust = 0) =>
    refuseRequest({ method: "POST", url: "/en/login", headers: { host: "portal.example", "content-length": "10", ...headers } }, trust);
  it("refuses a forged Origin even when X-Forwarded-Host agrees with it", () => {
    expect(post({ origin: "https://evil.example", "x-forwarded-host": "evil.example" })?.status).toBe(403);
    expect(post({ origin: "null" })?.status).toBe(403);
  });
  it("accepts the portal's own origin, and the proxy's host only when proxies are trusted", () => {
    expect(post({ origin: "https://portal.example" })).toBeNull();
    expect(post({ origin: "https://public.example", "x-forwarded-host": "public.example" }, 1)).toBeNull();
  });
  it("refuses bodies over the server-action limit with 413", () => {
    expect(post({ "content-length": String(50_000_000) })?.status).toBe(413);
  });
});

describe("content security policy", () => {
  it("allows scripts by nonce, never 'unsafe-inline'", () => {
    const policy = contentSecurityPolicy("abc");
    expect(policy).toMatch(/script-src 'self' 'nonce-abc'/);
    expect(policy.match(/script-src [^;]*/)?.[0]).not.toContain("unsafe-inline");
    expect(contentSecurityPolicy().match(/script-src [^;]*/)?.[0]).toBe("script-src 'self'");
  });
});
