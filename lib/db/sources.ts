import "server-only";
import { prisma } from "./client";
import { localField, localName } from "./localized";
import type { Locale } from "../validations/common";

/** The source documents, what each contributed and how many records cite it (published initiatives only). */
export async function listSourceDocuments(locale: Locale) {
  const sources = await prisma.sourceDocument.findMany({
    orderBy: { date: "asc" },
    select: {
      slug: true, kind: true, author: true, date: true, language: true, url: true,
      titleJa: true, titleEn: true, titleFr: true, publisherJa: true, publisherEn: true, publisherFr: true,
      contributionJa: true, contributionEn: true, contributionFr: true,
      _count: {
        select: {
          initiatives: { where: { status: "published" } },
          organisations: true,
          ggeSessions: true,
          ggeDocuments: true,
          approaches: true,
          events: true,
        },
      },
    },
  });
  return sources.map((s) => ({
    slug: s.slug,
    kind: s.kind,
    author: s.author,
    date: s.date,
    language: s.language,
    url: s.url,
    title: localField(s, "title", locale) ?? s.slug,
    publisher: localField(s, "publisher", locale) ?? "",
    contribution: localField(s, "contribution", locale) ?? "",
    counts: s._count,
  }));
}

/** The thesis's typology of capacity-building approaches with the organisations and countries it names. */
export async function listApproaches(locale: Locale) {
  const approaches = await prisma.approach.findMany({
    orderBy: { position: "asc" },
    select: {
      slug: true, nameJa: true, nameEn: true, nameFr: true, descriptionJa: true, descriptionEn: true, descriptionFr: true, sourceLocator: true,
      organisations: { select: { slug: true, acronym: true, nameJa: true, nameEn: true, nameFr: true } },
      countries: { select: { country: { select: { code: true, nameJa: true, nameEn: true, nameFr: true } } } },
    },
  });
  const collator = new Intl.Collator(locale);
  return approaches.map((a) => ({
    slug: a.slug,
    name: localName(a, locale),
    description: localField(a, "description", locale) ?? "",
    locator: a.sourceLocator,
    organisations: a.organisations.map((o) => ({ slug: o.slug, acronym: o.acronym, name: localName(o, locale) })).sort((x, y) => collator.compare(x.name, y.name)),
    countries: a.countries.map(({ country }) => ({ code: country.code, name: localName(country, locale) })),
  }));
}
