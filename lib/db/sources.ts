import "server-only";
import { prisma } from "./client";
import { localField, localName, pickText } from "./localized";
import type { Locale } from "../validations/common";

/** The source documents, what each contributed and how many records cite it (published initiatives only). */
export async function listSourceDocuments(locale: Locale) {
  const sources = await prisma.sourceDocument.findMany({
    orderBy: { date: "asc" },
    select: {
      slug: true,
      kind: true,
      author: true,
      date: true,
      language: true,
      url: true,
      titleJa: true,
      titleEn: true,
      titleFr: true,
      publisherJa: true,
      publisherEn: true,
      publisherFr: true,
      contributionJa: true,
      contributionEn: true,
      contributionFr: true,
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
      slug: true,
      nameJa: true,
      nameEn: true,
      nameFr: true,
      descriptionJa: true,
      descriptionEn: true,
      descriptionFr: true,
      sourceLocator: true,
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
    organisations: a.organisations
      .map((o) => ({ slug: o.slug, acronym: o.acronym, name: localName(o, locale) }))
      .sort((x, y) => collator.compare(x.name, y.name)),
    countries: a.countries.map(({ country }) => ({ code: country.code, name: localName(country, locale) })),
  }));
}

export type SourceDocumentDetail = NonNullable<Awaited<ReturnType<typeof getSourceDocument>>>;

/** Initiatives listed per page of a source document (one source may be cited by the whole catalogue). */
export const SOURCE_INITIATIVES_PAGE_SIZE = 100;
const published = { status: "published" } as const;

/** A source document with one page of the initiatives citing it (the thesis's rows first, in their order) and their total. */
function loadSourceDocument(slug: string, page: number) {
  return prisma.sourceDocument.findUnique({
    where: { slug },
    select: {
      slug: true,
      kind: true,
      author: true,
      date: true,
      language: true,
      url: true,
      titleJa: true,
      titleEn: true,
      titleFr: true,
      publisherJa: true,
      publisherEn: true,
      publisherFr: true,
      citeAsJa: true,
      citeAsEn: true,
      citeAsFr: true,
      contributionJa: true,
      contributionEn: true,
      contributionFr: true,
      initiatives: {
        where: published,
        orderBy: [{ appendixRow: { sort: "asc", nulls: "last" } }, { slug: "asc" }],
        skip: (page - 1) * SOURCE_INITIATIVES_PAGE_SIZE,
        take: SOURCE_INITIATIVES_PAGE_SIZE,
        select: { slug: true, originalLocale: true, sourceLocator: true, texts: { select: { locale: true, name: true } } },
      },
      ggeSessions: { orderBy: { number: "asc" }, select: { slug: true, number: true, startYear: true, endYear: true, sourceLocator: true } },
      ggeDocuments: { orderBy: { date: "asc" }, select: { slug: true, symbol: true, titleJa: true, titleEn: true, titleFr: true, sourceLocator: true } },
      events: { orderBy: { date: "asc" }, select: { slug: true, date: true, nameJa: true, nameEn: true, nameFr: true, sourceLocator: true } },
      approaches: { orderBy: { position: "asc" }, select: { slug: true, nameJa: true, nameEn: true, nameFr: true, sourceLocator: true } },
      _count: { select: { organisations: true, initiatives: { where: published } } },
    },
  });
}

/**
 * One source document: its metadata, what the portal took from it and the records that cite it: the
 * other kinds in full, the initiatives a page at a time (a page past the last shows the last).
 */
export async function getSourceDocument(slug: string, locale: Locale, page = 1) {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || slug.length > 120) return null;
  let shownPage = page;
  let source = await loadSourceDocument(slug, shownPage);
  const pageCount = Math.max(1, Math.ceil((source?._count.initiatives ?? 0) / SOURCE_INITIATIVES_PAGE_SIZE));
  if (source && shownPage > pageCount) source = await loadSourceDocument(slug, (shownPage = pageCount));
  if (!source) return null;
  return {
    slug: source.slug,
    kind: source.kind,
    author: source.author,
    date: source.date,
    language: source.language,
    url: source.url,
    title: localField(source, "title", locale) ?? source.slug,
    publisher: localField(source, "publisher", locale) ?? "",
    citeAs: localField(source, "citeAs", locale) ?? localField(source, "publisher", locale) ?? source.slug,
    contribution: localField(source, "contribution", locale) ?? "",
    initiativeCount: source._count.initiatives,
    initiativePage: shownPage,
    initiativePageCount: Math.max(1, Math.ceil(source._count.initiatives / SOURCE_INITIATIVES_PAGE_SIZE)),
    initiatives: source.initiatives.map((i) => {
      const names = Object.fromEntries(i.texts.map((t) => [t.locale, t.name]));
      const name = pickText(names, locale, i.originalLocale as Locale);
      return { slug: i.slug, name: name?.text ?? i.slug, lang: name?.locale ?? locale, locator: i.sourceLocator };
    }),
    ggeSessions: source.ggeSessions.map((s) => ({ slug: s.slug, number: s.number, startYear: s.startYear, endYear: s.endYear, locator: s.sourceLocator })),
    ggeDocuments: source.ggeDocuments.map((d) => ({
      slug: d.slug,
      symbol: d.symbol,
      title: localField(d, "title", locale) ?? d.symbol,
      locator: d.sourceLocator,
    })),
    events: source.events.map((e) => ({ slug: e.slug, date: e.date, name: localName(e, locale), locator: e.sourceLocator })),
    approaches: source.approaches.map((a) => ({ slug: a.slug, name: localName(a, locale), locator: a.sourceLocator })),
    organisationCount: source._count.organisations,
  };
}
