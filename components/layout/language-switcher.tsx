"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { localizeHref } from "@/lib/i18n/localize-href";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

const LANGUAGE_NAMES = { ja: "日本語", en: "English", fr: "Français" } as const;

/**
 * Links to the same page and query in each other locale (rendered on the server too, so it works
 * without JavaScript). A client component only so that the query stays current after the catalogue
 * form navigates without a reload; its label comes from the server (no client message bundle).
 * Plain links: a change of language loads the whole page (and <html lang>) anew.
 */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  // "/fr/countries" → "/countries": the same page, to be prefixed with each target locale.
  const pathname = usePathname().replace(/^\/(ja|en|fr)(?=\/|$)/, "") || "/";
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname; // repeated keys (country=KE&country=VN) kept
  return (
    <nav aria-label={label} className="shrink-0">
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {LOCALES.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target} className="inline-block rounded bg-white px-2 py-1.5 font-semibold text-brand-800">
                {LANGUAGE_NAMES[target]}
              </span>
            ) : (
              <a
                href={localizeHref(href, target)}
                lang={target}
                hrefLang={target}
                className="inline-block rounded px-2 py-1.5 text-white underline-offset-4 hover:underline"
              >
                {LANGUAGE_NAMES[target]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
