import { describe, expect, it } from "vitest";
import { localizeHref } from "./localize-href";
import { getPathname } from "./navigation";

describe("localizeHref", () => {
  it("prefixes the locale, without a trailing slash at the root", () => {
    expect(localizeHref("/", "fr")).toBe("/fr");
    expect(localizeHref("/countries/KE", "ja")).toBe("/ja/countries/KE");
    expect(getPathname({ href: "/initiatives", locale: "en" })).toBe("/en/initiatives");
  });

  it("serialises a query, repeating list values and leaving out empty ones", () => {
    expect(localizeHref({ pathname: "/initiatives", query: { country: ["KE", "VN"], q: "été", page: 2, sort: undefined } }, "fr")).toBe(
      "/fr/initiatives?country=KE&country=VN&q=%C3%A9t%C3%A9&page=2",
    );
    expect(localizeHref({ pathname: "/countries", query: {} }, "en")).toBe("/en/countries");
  });

  it("leaves external, relative and fragment links alone", () => {
    expect(localizeHref("https://example.org/x", "en")).toBe("https://example.org/x");
    expect(localizeHref("//example.org", "en")).toBe("//example.org");
    expect(localizeHref("#main", "en")).toBe("#main");
  });
});
