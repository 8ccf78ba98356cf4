"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";

const LANGUAGE_NAMES = { ja: "日本語", en: "English", fr: "Français" } as const;

/** Links to the same page and query in each other locale (rendered on the server too, so it works without JavaScript). */
export function LanguageSwitcher() {
  const t = useTranslations("Layout");
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());
  return (
    <nav aria-label={t("languageSwitcher")} className="shrink-0">
      <ul className="flex gap-1 whitespace-nowrap text-sm">
        {routing.locales.map((target) => (
          <li key={target}>
            {target === locale ? (
              <span aria-current="true" lang={target} className="inline-block rounded bg-white px-2 py-1.5 font-semibold text-brand-800">
                {LANGUAGE_NAMES[target]}
              </span>
            ) : (
              <Link
                href={{ pathname, query }}
                locale={target}
                lang={target}
                hrefLang={target}
                className="inline-block rounded px-2 py-1.5 text-white underline-offset-4 hover:underline"
              >
                {LANGUAGE_NAMES[target]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
