"use client";
import { usePathname } from "next/navigation";
import { GLOBAL_ERROR_MESSAGES, localeOfPath } from "@/lib/i18n/global-error-messages";
import { TEXT_LINK_CLASS } from "@/components/ui/text-link-class";
import "./globals.css";

// Replaces the root layout when it fails: no next-intl provider here, the locale comes from the URL.
export default function GlobalError({ retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = localeOfPath(usePathname());
  const t = GLOBAL_ERROR_MESSAGES[locale];
  return (
    <html lang={locale}>
      <body className="bg-white p-8 font-sans text-slate-900">
        <title>{t.title}</title>
        <main className="mx-auto max-w-3xl">
          <h1 className="text-3xl font-bold">{t.title}</h1>
          <p className="mt-4 text-lg">{t.description}</p>
          <p className="mt-6 flex gap-4">
            <button type="button" onClick={() => retry()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
              {t.retry}
            </button>
            {/* A plain link: the router may be what failed. */}
            <a className={`self-center ${TEXT_LINK_CLASS}`} href={`/${locale}`}>
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
