import { describe, expect, it } from "vitest";
import { catalogueReturnHref, catalogueReturnValue } from "../../lib/catalogue-return";

describe("catalogue return link", () => {
  it("carries the list's filters, repeated values included", () => {
    const back = catalogueReturnValue({ q: "CSIRT", country: ["VN", "LA"], page: "2" });
    expect(back).toBe("q=CSIRT&country=VN&country=LA&page=2");
    expect(catalogueReturnHref(back)).toEqual({ pathname: "/initiatives", query: { q: "CSIRT", country: ["VN", "LA"], page: "2" } });
  });

  it("always leads to the catalogue, dropping anything that is not a catalogue-shaped parameter", () => {
    expect(catalogueReturnHref("https://evil.example/?q=x")).toEqual({ pathname: "/initiatives", query: {} });
    expect(catalogueReturnHref("q=a&back=q%3Db&__proto__=x&x-y=1")).toEqual({ pathname: "/initiatives", query: { q: "a" } });
    expect(catalogueReturnHref(undefined)).toEqual({ pathname: "/initiatives", query: {} });
    expect(catalogueReturnHref("q=" + "a".repeat(5000))).toEqual({ pathname: "/initiatives", query: {} });
  });
});
