import type { Locale } from "../validations/common";

const OG_LOCALE: Record<Locale, string> = { ja: "ja_JP", en: "en_GB", fr: "fr_FR" };

/** Open Graph and Twitter tags so that a shared link shows a title and a summary. */
export function socialMetadata(page: {
  title: string;
  description?: string | null;
  url: string;
  siteName: string;
  locale: Locale;
  type?: "website" | "article";
}) {
  const description = page.description ? (page.description.length > 300 ? `${page.description.slice(0, 297)}…` : page.description) : undefined;
  return {
    openGraph: {
      type: page.type ?? "website",
      title: page.title,
      description,
      url: page.url,
      siteName: page.siteName,
      locale: OG_LOCALE[page.locale],
      alternateLocale: (Object.keys(OG_LOCALE) as Locale[]).filter((l) => l !== page.locale).map((l) => OG_LOCALE[l]),
    },
    twitter: { card: "summary" as const, title: page.title, description },
  };
}
