import { describe, expect, it } from "vitest";
import { cachedJson, matchesEtag } from "./cache";

describe("HTTP caching of the public API", () => {
  it("compares ETags weakly and accepts lists and *", () => {
    expect(matchesEtag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEtag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEtag("*", '"abc"')).toBe(true);
    expect(matchesEtag('"abd"', '"abc"')).toBe(false);
    expect(matchesEtag(null, '"abc"')).toBe(false);
  });

  it("answers 304 without a body when the ETag matches", async () => {
    const first = cachedJson(new Request("http://x/api"), { total: 1 }, new Date(Date.UTC(2026, 0, 2)));
    expect(first.status).toBe(200);
    expect(first.headers.get("cache-control")).toMatch(/max-age=\d+, must-revalidate/);
    expect(first.headers.get("last-modified")).toBe("Fri, 02 Jan 2026 00:00:00 GMT");
    const etag = first.headers.get("etag")!;
    const second = cachedJson(new Request("http://x/api", { headers: { "if-none-match": etag } }), { total: 1 });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
    const changed = cachedJson(new Request("http://x/api", { headers: { "if-none-match": etag } }), { total: 2 });
    expect(changed.status).toBe(200);
  });
});
