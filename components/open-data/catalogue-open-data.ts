import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { catalogueQuery, toSearchParams } from "@/lib/catalogue-query";
import { datasetJsonLd } from "@/lib/open-data/json-ld";
import { socialMetadata } from "@/lib/open-data/social-metadata";
import type { InitiativeSearch } from "@/lib/validations/search";
import { searchApiHref } from "@/components/catalogue/export-links";

/** The catalogue page's feed link (<link rel="alternate" type="application/atom+xml">) and sharing tags. */
export async function catalogueOpenDataMetadata(search: InitiativeSearch) {
  const [t, meta, layout] = await Promise.all([
    getTranslations({ locale: search.locale, namespace: "OpenData" }),
    getTranslations({ locale: search.locale, namespace: "Metadata" }),
    getTranslations({ locale: search.locale, namespace: "Layout" }),
  ]);
  const query = toSearchParams(catalogueQuery(search));
  return {
    types: { "application/atom+xml": [{ url: `${env.SITE_URL}${searchApiHref("/api/v1/initiatives/feed", search)}`, title: t("feedLink") }] },
    ...socialMetadata({
      title: t("datasetName"),
      description: meta("description"),
      url: `${env.SITE_URL}/${search.locale}/initiatives${query.size ? `?${query}` : ""}`,
      siteName: layout("siteName"),
      locale: search.locale,
    }),
  };
}

export async function catalogueJsonLd(search: InitiativeSearch) {
  const [t, meta, layout] = await Promise.all([
    getTranslations({ locale: search.locale, namespace: "OpenData" }),
    getTranslations({ locale: search.locale, namespace: "Metadata" }),
    getTranslations({ locale: search.locale, namespace: "Layout" }),
  ]);
  const query = toSearchParams(catalogueQuery(search));
  return datasetJsonLd({
    name: t("datasetName"),
    description: meta("description"),
    url: `${env.SITE_URL}/${search.locale}/initiatives${query.size ? `?${query}` : ""}`,
    siteName: layout("siteName"),
    siteUrl: `${env.SITE_URL}/${search.locale}`,
    exportBase: `${env.SITE_URL}${searchApiHref("/api/v1/initiatives/export", search)}`,
    feedUrl: `${env.SITE_URL}${searchApiHref("/api/v1/initiatives/feed", search)}`,
  });
}
