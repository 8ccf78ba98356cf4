import "server-only";
import { getTranslations } from "next-intl/server";
import { getInitiativeDetail } from "../db/initiatives";
import { getGgeDocument } from "../db/gge";
import { env } from "../env";
import type { Locale } from "../validations/common";
import type { Citable } from "../open-data/citation";
import { formatCitation } from "../citations/format";
import { translateLocator } from "../citations/locator";

/** An initiative as a citation (title in the page's locale where translated), or null if not published. */
export async function initiativeCitable(slug: string, locale: Locale, accessed = new Date()): Promise<Citable | null> {
  const initiative = await getInitiativeDetail(slug, locale);
  if (!initiative) return null;
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const s = initiative.source;
  return {
    key: `ccbportal-${initiative.slug}`,
    type: "dataset",
    title: initiative.name.text,
    language: initiative.name.locale,
    portal: layout("siteName"),
    url: `${env.SITE_URL}/${locale}/initiatives/${initiative.slug}`,
    updated: initiative.updatedAt,
    accessed,
    source: `${s.title}: ${formatCitation(s, s.locator, locale).text}`,
    sourceUrl: s.url,
  };
}

/** A GGE document's page as a citation; its source is the UN document itself. */
export async function ggeDocumentCitable(slug: string, locale: Locale, accessed = new Date()): Promise<Citable | null> {
  const doc = await getGgeDocument(slug, locale);
  if (!doc) return null;
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return {
    key: `ccbportal-${doc.slug}`,
    type: "webpage",
    title: `${doc.symbol} — ${doc.title}`,
    language: locale,
    portal: layout("siteName"),
    url: `${env.SITE_URL}/${locale}/gge/${doc.slug}`,
    updated: null,
    accessed,
    source: `${doc.symbol} (${doc.date}); ${doc.source.title}, ${translateLocator(doc.source.locator, locale).text}`,
    sourceUrl: doc.url,
  };
}
