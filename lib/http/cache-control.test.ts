import { describe, expect, it } from "vitest";
import { pageCacheControl, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from "./cache-control";

describe("pageCacheControl", () => {
  it("keeps admin and login pages out of every cache", () => {
    expect(pageCacheControl("/en/admin", 200)).toBe(PRIVATE_CACHE_CONTROL);
    expect(pageCacheControl("/fr/admin/initiatives/x/edit", 200)).toBe(PRIVATE_CACHE_CONTROL);
    expect(pageCacheControl("/ja/login", 200)).toBe(PRIVATE_CACHE_CONTROL);
  });

  it("lets public pages be reused briefly, and leaves redirects alone", () => {
    expect(pageCacheControl("/en/initiatives", 200)).toBe(PUBLIC_CACHE_CONTROL);
    expect(pageCacheControl("/en/administration-notes", 200)).toBe(PUBLIC_CACHE_CONTROL);
    expect(pageCacheControl("/", 307)).toBeNull();
  });
});
