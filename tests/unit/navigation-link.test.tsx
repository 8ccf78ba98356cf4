import { isValidElement, type ReactElement } from "react";
import { describe, expect, it, vi } from "vitest";

// getLocale() is cached per request: one promise, the same at every call.
const locale = Promise.resolve("fr");
vi.mock("next-intl/server", () => ({ getLocale: () => locale }));

const { Link, requestLocale } = await import("../../lib/i18n/navigation");

describe("Link", () => {
  it("renders an anchor synchronously once the request's locale is known", async () => {
    // The first links of a request wait for the locale (they become a promise, an RSC row of their own)…
    const first = Link({ href: "/countries" });
    expect(first).toBeInstanceOf(Promise);
    expect(((await first) as ReactElement<{ href: string }>).props.href).toBe("/fr/countries");
    // …every later one is a plain element: no row, no lazy reference for the browser to resolve.
    const later = Link({ href: { pathname: "/countries/KE", hash: "as-donor" } });
    expect(isValidElement(later)).toBe(true);
    expect((later as ReactElement<{ href: string }>).props.href).toBe("/fr/countries/KE#as-donor");
    expect(requestLocale()).toBe("fr");
  });

  it("takes an explicit locale without waiting", () => {
    const link = Link({ href: "/", locale: "ja" });
    expect(isValidElement(link)).toBe(true);
    expect((link as ReactElement<{ href: string }>).props.href).toBe("/ja");
  });
});
