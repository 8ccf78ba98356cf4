import { getTranslations } from "next-intl/server";
import { latestInitiatives } from "@/lib/db/home";
import { PeriodText } from "@/components/ui/period-text";
import { FallbackNote } from "@/components/ui/fallback-note";
import type { Locale } from "@/lib/validations/common";
import { TextLink } from "@/components/ui/text-link";

/** The most recently added initiatives, newest first. */
export async function LatestInitiatives({ locale }: { locale: Locale }) {
  const t = await getTranslations("Home");
  const items = await latestInitiatives(locale, 6);
  return (
    <section className="mx-auto max-w-6xl px-4 py-10" aria-labelledby="latest-heading">
      <h2 id="latest-heading" className="text-2xl font-semibold">
        {t("latestTitle")}
      </h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="latest-list">
        {items.map((item) => (
          <li key={item.slug} className="rounded border border-slate-300 p-4">
            <h3 className="font-semibold">
              <TextLink href={`/initiatives/${item.slug}`} lang={item.name.locale}>
                {item.name.text}
              </TextLink>
            </h3>
            {item.name.isFallback ? <FallbackNote locale={item.name.locale} /> : null}
            <p className="mt-1 text-sm text-slate-700">
              <PeriodText {...item.period} />
            </p>
            {item.summary ? (
              <p className="mt-2 text-sm" lang={item.summary.locale}>
                {item.summary.text}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <TextLink href="/initiatives" className="font-semibold">
          {t("latestMore")}
        </TextLink>
      </p>
    </section>
  );
}
