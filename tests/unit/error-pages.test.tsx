import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";
import { GLOBAL_ERROR_MESSAGES, localeOfPath } from "../../lib/i18n/global-error-messages";

const pathname = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", async (importOriginal) => ({ ...(await importOriginal<object>()), usePathname: () => pathname.current }));

const { default: LocaleError } = await import("../../app/[locale]/error");
const { default: GlobalError } = await import("../../app/global-error");

const catalogues = { ja, en, fr };
const failure = Object.assign(new Error("database is locked"), { digest: "123456" });

describe("error pages", () => {
  it.each(["ja", "en", "fr"] as const)("the page error boundary speaks %s and hides the error's message", (locale) => {
    pathname.current = `/${locale}/initiatives`;
    const html = renderToStaticMarkup(<LocaleError error={failure} retry={() => {}} />);
    expect(html).toContain(catalogues[locale].Error.title);
    expect(html).toContain(catalogues[locale].Error.reference.replace("{digest}", "123456"));
    expect(html).not.toContain("database is locked");
  });

  it.each([
    ["/fr/initiatives", "fr"],
    ["/ja", "ja"],
    ["/en/admin", "en"],
    ["/xx/page", "en"],
  ] as const)("the root error page at %s speaks %s", (path, locale) => {
    pathname.current = path;
    const html = renderToStaticMarkup(<GlobalError error={failure} retry={() => {}} />);
    expect(html).toContain(`<html lang="${locale}">`);
    expect(html).toContain(catalogues[locale].Error.title);
    expect(html).toContain(`href="/${locale}"`);
    // Styled without the site's stylesheet (components/layout/fallback-styles.tsx).
    expect(html).toMatch(/<style>[^<]*button\{/);
  });

  it("the root error page's texts are the catalogues' Error namespace", () => {
    for (const locale of ["ja", "en", "fr"] as const) {
      expect(GLOBAL_ERROR_MESSAGES[locale]).toEqual(catalogues[locale].Error);
    }
    expect(localeOfPath(null)).toBe("en");
  });
});
