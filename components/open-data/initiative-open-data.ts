import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { InitiativeDetail } from "@/lib/db/initiatives";
import { initiativeJsonLd } from "@/lib/open-data/json-ld";
import { socialMetadata } from "@/lib/open-data/social-metadata";
import type { Locale } from "@/lib/validations/common";

const pageUrl = (locale: Locale, slug: string) => `${env.SITE_URL}/${locale}/initiatives/${slug}`;

/** Open Graph and Twitter tags of an initiative's page. */
export async function initiativeSocialMetadata(initiative: InitiativeDetail, locale: Locale) {
  const layout = await getTranslations({ locale, namespace: "Layout" });
  return socialMetadata({
    title: initiative.name.text,
    description: initiative.summary?.text,
    url: pageUrl(locale, initiative.slug),
    siteName: layout("siteName"),
    locale,
    type: "article",
  });
}

export async function initiativePageJsonLd(initiative: InitiativeDetail, locale: Locale, citation: string) {
  const layout = await getTranslations({ locale, namespace: "Layout" });
  const s = initiative.source;
  return initiativeJsonLd({
    name: initiative.name.text,
    nameLocale: initiative.name.locale,
    summary: initiative.summary?.text ?? null,
    url: pageUrl(locale, initiative.slug),
    updatedAt: initiative.updatedAt,
    startYear: initiative.period.startYear,
    endYear: initiative.period.endYear,
    ongoing: initiative.period.ongoing,
    donors: initiative.donors.map((o) => o.name),
    partners: initiative.partners.map((o) => o.name),
    countries: initiative.countries.map((c) => c.name),
    groups: initiative.groups.map((g) => g.name),
    themes: initiative.themes.map((t) => t.name),
    source: { title: s.title, url: s.url, author: s.author, publisher: s.publisher, citation },
    catalogueUrl: `${env.SITE_URL}/${locale}/initiatives`,
    siteName: layout("siteName"),
  });
}
