import { describe, expect, it } from "vitest";
import { etagMatches, pageEtag, validatable } from "./page-etag";

const parts = { buildId: "b1", url: "/en/countries?q=ke", dataVersion: "12.3.40", day: "2026-11-27" };

describe("page validators", () => {
  it("change with the build, the URL, the data version and the day", () => {
    const etag = pageEtag(parts);
    expect(etag).toMatch(/^W\/"p-[\w-]{27}"$/);
    expect(pageEtag({ ...parts })).toBe(etag);
    for (const change of [{ buildId: "b2" }, { url: "/fr/countries?q=ke" }, { dataVersion: "13.3.40" }, { day: "2026-11-28" }])
      expect(pageEtag({ ...parts, ...change })).not.toBe(etag);
  });

  it("match If-None-Match weakly, in a list or as *", () => {
    const etag = pageEtag(parts);
    expect(etagMatches(etag, etag)).toBe(true);
    expect(etagMatches(`"x", ${etag.replace(/^W\//, "")}`, etag)).toBe(true);
    expect(etagMatches("*", etag)).toBe(true);
    expect(etagMatches('W/"p-other"', etag)).toBe(false);
    expect(etagMatches(undefined, etag)).toBe(false);
  });

  it("apply only to anonymous GET/HEAD of public pages as HTML", () => {
    expect(validatable("GET", "/en/countries", {})).toBe(true);
    expect(validatable("HEAD", "/ja", {})).toBe(true);
    expect(validatable("POST", "/en/countries", {})).toBe(false);
    expect(validatable("GET", "/en/admin/initiatives", {})).toBe(false);
    expect(validatable("GET", "/fr/login", {})).toBe(false);
    expect(validatable("GET", "/api/v1/initiatives", {})).toBe(false);
    expect(validatable("GET", "/_next/static/chunks/a.js", {})).toBe(false);
    expect(validatable("GET", "/en/countries", { rsc: "1" })).toBe(false);
    expect(validatable("GET", "/en/countries", { cookie: "a=1; portal_session=xyz" })).toBe(false);
    expect(validatable("GET", "/en/countries", { cookie: "NEXT_LOCALE=en" })).toBe(true);
  });
});
