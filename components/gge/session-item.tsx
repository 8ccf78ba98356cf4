import { getTranslations } from "next-intl/server";
import type { GgeSessionItem } from "@/lib/db/gge";
import { CountryLink } from "./country-link";
import { MemberList } from "./member-list";
import { PartialDate } from "./partial-date";
import { TEXT_LINK_CLASS, TextLink } from "@/components/ui/text-link";

/** One GGE session in the timeline: period, mandate, chair, outcome, report and members by region. */
export async function SessionItem({ session }: { session: GgeSessionItem }) {
  const t = await getTranslations("Gge");
  const consensus = session.outcome === "consensus-report";
  return (
    <article aria-labelledby={`${session.slug}-heading`} className="rounded border border-slate-300 p-4" data-testid={`session-${session.number}`}>
      <h3 id={`${session.slug}-heading`} className="text-xl font-semibold">
        {t("sessionTitle", { number: session.number, start: String(session.startYear), end: String(session.endYear) })}
      </h3>
      <p className={`mt-1 inline-block rounded px-2 py-0.5 text-sm font-semibold ${consensus ? "bg-brand-50 text-brand-800" : "bg-orange-50 text-orange-900"}`}>
        {t(`outcome.${consensus ? "consensus" : "none"}`)}
      </p>
      <p className="mt-3">{session.summary}</p>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("period")}</dt>
        <dd>{t("periodValue", { start: String(session.startYear), end: String(session.endYear) })}</dd>
        {session.mandate ? (
          <>
            <dt className="font-semibold">{t("mandate")}</dt>
            <dd>{session.mandate}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("chair")}</dt>
        <dd>
          {session.chairName ?? t("notStated")}
          {session.chairCountry ? <> ({<CountryLink code={session.chairCountry.code} name={session.chairCountry.name} />})</> : null}
        </dd>
        <dt className="font-semibold">{t("report")}</dt>
        <dd>
          {session.documents.length
            ? session.documents.map((doc) => (
                <span key={doc.slug}>
                  <TextLink href={`/gge/${doc.slug}`}>{doc.symbol}</TextLink> (<PartialDate value={doc.date} />)
                </span>
              ))
            : t("noReport")}
        </dd>
        <dt className="font-semibold">{t("members")}</dt>
        <dd data-testid="member-count">{t("memberCount", { count: session.memberCount })}</dd>
      </dl>
      <details className="mt-3">
        <summary className={`cursor-pointer font-semibold ${TEXT_LINK_CLASS}`}>{t("membersByRegion", { count: session.memberCount })}</summary>
        <div className="mt-2">
          <MemberList members={session.members} headingLevel={4} />
        </div>
      </details>
    </article>
  );
}
