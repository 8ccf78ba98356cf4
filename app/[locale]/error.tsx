"use client";
import { usePathname } from "next/navigation";
import { TextAnchor } from "@/components/ui/text-link";
import { GLOBAL_ERROR_MESSAGES, localeOfPath } from "@/lib/i18n/global-error-messages";

// A failure while rendering a page (e.g. the database is unreachable): the site's frame stays, in the visitor's language.
// Its texts come from a small table, not next-intl, so that no page ships the client message runtime.
export default function LocaleError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  const locale = localeOfPath(usePathname());
  const t = GLOBAL_ERROR_MESSAGES[locale];
  return (
    <div className="mx-auto max-w-3xl px-4 py-16" role="alert">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-4 text-lg">{t.description}</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">{t.reference.replace("{digest}", error.digest)}</p> : null}
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={() => retry()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          {t.retry}
        </button>
        <TextAnchor className="self-center" href={`/${locale}`}>
          {t.home}
        </TextAnchor>
      </p>
    </div>
  );
}
