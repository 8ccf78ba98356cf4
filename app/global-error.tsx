"use client";
import { usePathname } from "next/navigation";
import { GLOBAL_ERROR_MESSAGES, localeOfPath } from "@/lib/i18n/global-error-messages";
import { FallbackStyles } from "@/components/layout/fallback-styles";

// Replaces the root layout when it fails: no next-intl provider here, the locale comes from the URL.
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = localeOfPath(usePathname());
  const t = GLOBAL_ERROR_MESSAGES[locale];
  return (
    <html lang={locale}>
      <head>
        <FallbackStyles />
      </head>
      <body>
        <title>{t.title}</title>
        <main>
          <h1>{t.title}</h1>
          <p>{t.description}</p>
          <p>
            <button type="button" onClick={() => retry()}>
              {t.retry}
            </button>
            {/* A plain link: the router may be what failed. */}
            <a href={`/${locale}`}>{t.home}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
