import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getGgeMilestones, getGgeSessions } from "@/lib/db/gge";
import { alternates } from "@/lib/i18n/alternates";
import { TimelineChart } from "@/components/gge/timeline-chart";
import { SessionItem } from "@/components/gge/session-item";
import { PartialDate } from "@/components/gge/partial-date";
import { MembershipMap } from "@/components/gge/membership-map";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Gge" });
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/gge") };
}

export default async function GgePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Gge");
  const [sessions, milestones] = await Promise.all([getGgeSessions(locale), getGgeMilestones(locale)]);
  const year = (date: string) => Number(date.slice(0, 4));
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{t("intro")}</p>
      <p className="mt-3">
        <TextLink href="/gge/compare" className="font-semibold">
          {t("compareLink")}
        </TextLink>
      </p>

      <figure className="mt-6" aria-labelledby="gge-timeline-caption">
        <figcaption id="gge-timeline-caption" className="font-semibold">
          {t("timelineTitle")}
        </figcaption>
        {/* Scrolls sideways on narrow screens; focusable so that keyboard users can scroll it too. */}
        <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-labelledby="gge-timeline-caption">
          <TimelineChart
            sessions={sessions}
            resolutionYears={milestones.resolutions.map((r) => year(r.date))}
            eventYears={milestones.events.map((e) => year(e.date))}
          />
        </div>
        <p className="mt-1 text-sm text-slate-700">{t("timelineLegend")}</p>
      </figure>

      <section className="mt-10" aria-label={t("membershipMapTitle")}>
        <MembershipMap sessions={sessions} />
      </section>

      <h2 className="mt-10 text-2xl font-semibold">{t("timelineListTitle")}</h2>
      <ol className="mt-4 space-y-6" data-testid="gge-timeline">
        {milestones.resolutions.map((doc) => (
          <li key={doc.slug}>
            <article aria-labelledby={`${doc.slug}-heading`} className="rounded border border-slate-300 p-4">
              <h3 id={`${doc.slug}-heading`} className="text-xl font-semibold">
                <TextLink href={`/gge/${doc.slug}`}>{doc.symbol}</TextLink>
              </h3>
              <p className="text-sm text-slate-700">
                <PartialDate value={doc.date} /> · {doc.title}
              </p>
              <p className="mt-2">{doc.summary}</p>
            </article>
          </li>
        ))}
        {sessions.map((session) => (
          <li key={session.slug}>
            <SessionItem session={session} />
          </li>
        ))}
        {milestones.events.map((event) => (
          <li key={event.slug}>
            <article aria-labelledby={`${event.slug}-heading`} className="rounded border border-slate-300 p-4">
              <h3 id={`${event.slug}-heading`} className="text-xl font-semibold">
                {event.name}
              </h3>
              <p className="text-sm text-slate-700">
                <PartialDate value={event.date} />
                {event.location ? ` · ${event.location}` : ""}
              </p>
              <p className="mt-2">{t("afterGge")}</p>
              <p className="mt-2">{event.summary}</p>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
