import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import type { SourceDocumentDetail } from "@/lib/db/sources";
import { translateLocator } from "@/lib/citations/locator";
import { TextLink } from "@/components/ui/text-link";
import { Pagination } from "@/components/ui/pagination";
import { SOURCE_INITIATIVES_PAGE_SIZE } from "@/lib/db/sources";

type Record = { key: string; href?: string; label: string; lang?: string; locator: string };

/** The records citing a source, by kind, each with the place in the document it comes from. */
export async function SourceRecords({ source }: { source: SourceDocumentDetail }) {
  const t = await getTranslations("Source");
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const firstShown = (source.initiativePage - 1) * SOURCE_INITIATIVES_PAGE_SIZE + 1;
  const groups: { id: string; title: string; records: Record[] }[] = [
    {
      id: "initiatives",
      title: t("initiatives", { count: source.initiativeCount, formatted: format.number(source.initiativeCount) }),
      records: source.initiatives.map((i) => ({ key: i.slug, href: `/initiatives/${i.slug}`, label: i.name, lang: i.lang, locator: i.locator })),
    },
    {
      id: "gge-sessions",
      title: t("ggeSessions", { count: source.ggeSessions.length }),
      records: source.ggeSessions.map((s) => ({
        key: s.slug,
        href: "/gge",
        label: t("ggeSession", { number: s.number, start: String(s.startYear), end: String(s.endYear) }),
        locator: s.locator,
      })),
    },
    {
      id: "gge-documents",
      title: t("ggeDocuments", { count: source.ggeDocuments.length }),
      records: source.ggeDocuments.map((d) => ({ key: d.slug, href: `/gge/${d.slug}`, label: `${d.symbol} — ${d.title}`, locator: d.locator })),
    },
    {
      id: "events",
      title: t("events", { count: source.events.length }),
      records: source.events.map((e) => ({ key: e.slug, label: e.name, locator: e.locator })),
    },
    {
      id: "approaches",
      title: t("approaches", { count: source.approaches.length }),
      records: source.approaches.map((a) => ({ key: a.slug, href: "/about", label: a.name, locator: a.locator })),
    },
  ].filter((group) => group.records.length > 0);
  return (
    <section className="mt-8" aria-labelledby="records-heading">
      <h2 id="records-heading" className="text-2xl font-semibold">
        {t("recordsHeading")}
      </h2>
      {source.organisationCount ? (
        <p className="mt-2">
          <TextLink href="/organisations">
            {t("organisations", { count: source.organisationCount, formatted: format.number(source.organisationCount) })}
          </TextLink>
        </p>
      ) : null}
      {groups.map((group) => (
        <section key={group.id} className="mt-6" aria-labelledby={`${group.id}-heading`}>
          <h3 id={`${group.id}-heading`} className="text-xl font-semibold">
            {group.title}
          </h3>
          {group.id === "initiatives" && source.initiativePageCount > 1 ? (
            <p className="mt-1 text-sm text-slate-700" data-testid="source-initiatives-range">
              {t("initiativesShown", {
                from: format.number(firstShown),
                to: format.number(firstShown + source.initiatives.length - 1),
                total: format.number(source.initiativeCount),
              })}
            </p>
          ) : null}
          <ul className="mt-2 space-y-1" data-testid={`source-${group.id}`}>
            {group.records.map((record) => {
              const place = translateLocator(record.locator, locale);
              return (
                <li key={record.key}>
                  {record.href ? (
                    <TextLink href={record.href} lang={record.lang}>
                      {record.label}
                    </TextLink>
                  ) : (
                    <span lang={record.lang}>{record.label}</span>
                  )}
                  <span className="ml-2 text-sm text-slate-700" lang={place.lang}>
                    {place.text}
                  </span>
                </li>
              );
            })}
          </ul>
          {group.id === "initiatives" ? (
            <Pagination pathname={`/sources/${source.slug}`} query={{}} page={source.initiativePage} pageCount={source.initiativePageCount} />
          ) : null}
        </section>
      ))}
    </section>
  );
}
