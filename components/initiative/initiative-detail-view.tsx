import { getFormatter, getTranslations } from "next-intl/server";
import type { InitiativeDetail } from "@/lib/db/initiatives";
import { Link } from "@/lib/i18n/navigation";
import { catalogueHref } from "@/lib/catalogue-query";
import { initiativeStatus, ongoingAsOf } from "@/lib/initiative-status";
import { PeriodText, yearMonth } from "@/components/ui/period-text";
import { LocalizedBlock } from "@/components/ui/localized-block";
import { TextAnchor } from "@/components/ui/text-link";
import { OrganisationList } from "./organisation-list";
import { SourceCitation } from "./source-citation";

const chip = "inline-block rounded border border-brand-700 px-2 py-0.5 text-brand-800 hover:bg-brand-50";

/** An initiative as the public reads it: the detail page, and the admin preview of a draft. */
export async function InitiativeDetailView({ initiative }: { initiative: InitiativeDetail }) {
  const t = await getTranslations("Initiative");
  const format = await getFormatter();
  const status = initiativeStatus(initiative.period, new Date().getUTCFullYear(), initiative.source.date);
  const asOf = ongoingAsOf(initiative.source.date);
  return (
    <>
      <h1 className="mt-3 text-3xl font-bold" lang={initiative.name.locale}>
        {initiative.name.text}
      </h1>
      <LocalizedBlock value={initiative.name} noteOnly />
      {initiative.summary ? <LocalizedBlock value={initiative.summary} className="mt-3 text-lg text-slate-800" /> : null}

      <dl className="mt-6 grid gap-x-6 gap-y-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("donors")}</dt>
        <dd>
          <OrganisationList links={initiative.donors} column="donor" />
        </dd>
        <dt className="font-semibold">{t("partners")}</dt>
        <dd>{initiative.partners.length ? <OrganisationList links={initiative.partners} column="partner" /> : t("noPartners")}</dd>
        <dt className="font-semibold">{t("recipients")}</dt>
        <dd>
          <ul className="flex flex-wrap gap-2">
            {initiative.groups.map((group) => (
              <li key={group.slug}>
                <Link className={chip} href={catalogueHref({ region: group.slug })}>
                  {group.name}
                </Link>
                {group.memberCount ? <span className="ml-1 text-sm text-slate-700">{t("memberCount", { count: group.memberCount })}</span> : null}
              </li>
            ))}
            {initiative.countries.map((country) => (
              <li key={country.code}>
                <Link className={chip} href={catalogueHref({ country: country.code })}>
                  {country.name}
                </Link>
              </li>
            ))}
          </ul>
          {initiative.recipientText ? <LocalizedBlock value={initiative.recipientText} className="mt-2 text-sm text-slate-700" prefix={t("asWorded")} /> : null}
        </dd>
        <dt className="font-semibold">{t("targetGroups")}</dt>
        <dd>
          {initiative.targetGroups.length ? (
            <ul className="flex flex-wrap gap-2">
              {initiative.targetGroups.map((group) => (
                <li key={group.slug}>
                  <Link className={chip} href={catalogueHref({ target: group.slug })}>
                    {group.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {initiative.targetGroupText ? (
            <LocalizedBlock value={initiative.targetGroupText} className="mt-2 text-sm text-slate-700" prefix={t("asWorded")} />
          ) : null}
          {!initiative.targetGroups.length && !initiative.targetGroupText ? t("notStated") : null}
        </dd>
        <dt className="font-semibold">{t("themes")}</dt>
        <dd>
          {initiative.themes.length ? (
            <ul className="flex flex-wrap gap-2">
              {initiative.themes.map((theme) => (
                <li key={theme.slug}>
                  <Link className={chip} href={catalogueHref({ theme: theme.slug })}>
                    {theme.gfceCode ? `${theme.gfceCode}. ` : ""}
                    {theme.name}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {initiative.themeText ? <LocalizedBlock value={initiative.themeText} className="mt-2 text-sm text-slate-700" prefix={t("asWorded")} /> : null}
        </dd>
        <dt className="font-semibold">{t("period")}</dt>
        <dd>
          <PeriodText {...initiative.period} sourceDate={initiative.source.date} />
          {initiative.periodText ? <LocalizedBlock value={initiative.periodText} className="mt-1 text-sm text-slate-700" prefix={t("asWorded")} /> : null}
        </dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd>{t(`statusValue.${status}`, { asOf: yearMonth(format, asOf.year, asOf.month) })}</dd>
      </dl>

      {(["objectives", "activities", "outcomes"] as const).map((field) => (
        <section key={field} className="mt-8" aria-labelledby={`heading-${field}`}>
          <h2 id={`heading-${field}`} className="text-xl font-semibold">
            {t(field)}
          </h2>
          {initiative[field] ? (
            <LocalizedBlock value={initiative[field]} className="mt-2 whitespace-pre-line" />
          ) : (
            <p className="mt-2 italic text-slate-700">{t("notStated")}</p>
          )}
        </section>
      ))}

      {initiative.events.length ? (
        <section className="mt-8" aria-labelledby="heading-events">
          <h2 id="heading-events" className="text-xl font-semibold">
            {t("events")}
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {initiative.events.map((event) => (
              <li key={event.slug}>
                {event.name} ({event.date.length === 10 ? format.dateTime(new Date(event.date), { dateStyle: "long" }) : event.date})
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <SourceCitation source={initiative.source} />
      <p className="mt-4 text-sm text-slate-700">
        {t("lastUpdated", { date: format.dateTime(initiative.updatedAt, { dateStyle: "long" }) })} ·{" "}
        <TextAnchor href={`/api/v1/initiatives/${initiative.slug}`}>{t("asJson")}</TextAnchor>
      </p>
    </>
  );
}
