import type { Locale } from "../validations/common";
import { recordUrl, type OpenDataRecord } from "./record";
import { attrs, xmlEscape } from "./xml";

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  lang: Locale;
  selfUrl: string;
  alternateUrl: string;
  author: string;
  updated: Date;
  entries: AtomEntry[];
};
export type AtomEntry = {
  id: string;
  title: { text: string; lang: Locale };
  url: string;
  published: Date;
  updated: Date;
  summary: { text: string; lang: Locale } | null;
  categories: { term: string; label: string }[];
};

const text = (tag: string, value: string, lang?: Locale) => `<${tag}${attrs({ type: "text", "xml:lang": lang })}>${xmlEscape(value)}</${tag}>`;

/** An Atom 1.0 (RFC 4287) document. */
export function atomFeed(feed: AtomFeed): string {
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${attrs({ "xml:lang": feed.lang })}>`,
    `<id>${xmlEscape(feed.id)}</id>`,
    text("title", feed.title),
    ...(feed.subtitle ? [text("subtitle", feed.subtitle)] : []),
    `<updated>${feed.updated.toISOString()}</updated>`,
    `<author><name>${xmlEscape(feed.author)}</name></author>`,
    `<link${attrs({ rel: "self", type: "application/atom+xml", href: feed.selfUrl })}/>`,
    `<link${attrs({ rel: "alternate", type: "text/html", href: feed.alternateUrl })}/>`,
    ...feed.entries.map((entry) =>
      [
        `<entry>`,
        `<id>${xmlEscape(entry.id)}</id>`,
        text("title", entry.title.text, entry.title.lang),
        `<link${attrs({ rel: "alternate", type: "text/html", href: entry.url })}/>`,
        `<published>${entry.published.toISOString()}</published>`,
        `<updated>${entry.updated.toISOString()}</updated>`,
        ...(entry.summary ? [text("summary", entry.summary.text, entry.summary.lang)] : []),
        ...entry.categories.map((c) => `<category${attrs({ term: c.term, label: c.label })}/>`),
        `</entry>`,
      ].join(""),
    ),
    `</feed>`,
  ];
  return lines.join("\n") + "\n";
}

/** A feed entry for an initiative, in the feed's locale where a translation exists. */
export function initiativeEntry(record: OpenDataRecord, locale: Locale, siteUrl: string): AtomEntry {
  const pick = (field: "name" | "summary") => {
    for (const l of [locale, record.originalLocale, "en", "ja", "fr"] as Locale[]) {
      const value = record.texts[l]?.[field];
      if (value) return { text: value, lang: l };
    }
    return null;
  };
  return {
    id: `${siteUrl}/api/v1/initiatives/${record.slug}`,
    title: pick("name") ?? { text: record.slug, lang: locale },
    url: recordUrl(siteUrl, locale, record.slug),
    published: record.createdAt,
    updated: record.updatedAt,
    summary: pick("summary"),
    categories: record.themes.map((t) => ({ term: t.slug, label: t.name[locale] })),
  };
}
