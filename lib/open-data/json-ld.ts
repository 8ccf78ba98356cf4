import type { Locale } from "../validations/common";
import { LOCALES } from "../validations/common";

type DatasetInput = { name: string; description: string; url: string; siteName: string; siteUrl: string; exportBase: string; feedUrl: string };

/** schema.org Dataset for the catalogue (and the current search), with its downloads. */
export function datasetJsonLd(d: DatasetInput) {
  const download = (format: string, encodingFormat: string) => ({
    "@type": "DataDownload",
    encodingFormat,
    contentUrl: `${d.exportBase}${d.exportBase.includes("?") ? "&" : "?"}format=${format}`,
  });
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: d.name,
    description: d.description,
    url: d.url,
    inLanguage: [...LOCALES],
    isAccessibleForFree: true,
    creator: { "@type": "Organization", name: d.siteName, url: d.siteUrl },
    distribution: [
      download("csv", "text/csv"),
      download("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      download("json", "application/json"),
      download("iati", "application/xml"),
      { "@type": "DataDownload", encodingFormat: "application/atom+xml", contentUrl: d.feedUrl },
    ],
  };
}

type InitiativeInput = {
  name: string;
  nameLocale: Locale;
  summary: string | null;
  url: string;
  updatedAt: Date;
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  donors: string[];
  partners: string[];
  countries: string[];
  groups: string[];
  themes: string[];
  source: { title: string; url: string | null; author: string | null; publisher: string; citation: string };
  catalogueUrl: string;
  siteName: string;
};

/** schema.org CreativeWork (the record) about a Project (the initiative), citing its source. */
export function initiativeJsonLd(i: InitiativeInput) {
  const org = (name: string) => ({ "@type": "Organization", name });
  const period = i.startYear ? `${i.startYear}/${i.endYear ?? ".."}` : undefined;
  return {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    name: i.name,
    inLanguage: i.nameLocale,
    url: i.url,
    dateModified: i.updatedAt.toISOString(),
    ...(i.summary ? { description: i.summary } : {}),
    publisher: org(i.siteName),
    isPartOf: { "@type": "Dataset", url: i.catalogueUrl },
    about: {
      "@type": "Project",
      name: i.name,
      ...(i.donors.length ? { funder: i.donors.map(org) } : {}),
      ...(i.partners.length ? { member: i.partners.map(org) } : {}),
    },
    ...(period ? { temporalCoverage: period } : {}),
    spatialCoverage: [...i.countries, ...i.groups].map((name) => ({ "@type": "Place", name })),
    keywords: i.themes.join(", "),
    citation: i.source.citation,
    isBasedOn: {
      "@type": "CreativeWork",
      name: i.source.title,
      ...(i.source.url ? { url: i.source.url } : {}),
      ...(i.source.author ? { author: { "@type": "Person", name: i.source.author } } : { author: org(i.source.publisher) }),
    },
  };
}
