import "server-only";
import { prisma } from "./client";
import type { Locale } from "../validations/common";
import type { OpenDataRecord } from "../open-data/record";

export const EXPORT_BATCH_SIZE = 500;

const names = (row: { nameJa: string; nameEn: string; nameFr: string }) => ({ ja: row.nameJa, en: row.nameEn, fr: row.nameFr });
const named = { nameJa: true, nameEn: true, nameFr: true } as const;

/** Published initiatives with these ids, in the order of the ids (one batch of an export). */
export async function loadOpenDataRecords(ids: number[]): Promise<OpenDataRecord[]> {
  const rows = await prisma.initiative.findMany({
    where: { id: { in: ids }, status: "published" },
    select: {
      id: true,
      slug: true,
      appendixRow: true,
      originalLocale: true,
      startYear: true,
      startMonth: true,
      endYear: true,
      endMonth: true,
      ongoing: true,
      createdAt: true,
      updatedAt: true,
      sourceLocator: true,
      sourceLine: true,
      texts: { select: { locale: true, name: true, summary: true, periodText: true } },
      organisations: {
        orderBy: [{ column: "asc" }, { position: "asc" }],
        select: {
          column: true,
          funding: true,
          iatiRole: true,
          organisation: { select: { slug: true, acronym: true, type: true, countryCode: true, ...named } },
        },
      },
      countries: { select: { country: { select: { code: true, ...named } } }, orderBy: { countryCode: "asc" } },
      groups: { select: { group: { select: { slug: true, kind: true, m49: true, ...named } } } },
      themes: { select: { theme: { select: { slug: true, parentSlug: true, gfceCode: true, position: true, ...named } } } },
      targetGroups: { select: { targetGroup: { select: { slug: true, position: true, ...named } } } },
      source: {
        select: {
          slug: true,
          author: true,
          date: true,
          url: true,
          titleJa: true,
          titleEn: true,
          titleFr: true,
          publisherJa: true,
          publisherEn: true,
          publisherFr: true,
        },
      },
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const record: OpenDataRecord = {
      slug: row.slug,
      appendixRow: row.appendixRow,
      originalLocale: row.originalLocale as Locale,
      startYear: row.startYear,
      startMonth: row.startMonth,
      endYear: row.endYear,
      endMonth: row.endMonth,
      ongoing: row.ongoing,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      texts: Object.fromEntries(row.texts.map((t) => [t.locale, { name: t.name, summary: t.summary, periodText: t.periodText }])),
      organisations: row.organisations.map((link) => ({
        slug: link.organisation.slug,
        acronym: link.organisation.acronym,
        type: link.organisation.type,
        country: link.organisation.countryCode,
        name: names(link.organisation),
        column: link.column as "donor" | "partner",
        funding: link.funding,
        iatiRole: link.iatiRole,
      })),
      countries: row.countries.map(({ country }) => ({ code: country.code, name: names(country) })),
      groups: row.groups
        .map(({ group }) => ({ slug: group.slug, kind: group.kind, m49: group.m49, name: names(group) }))
        .sort((a, b) => a.slug.localeCompare(b.slug)),
      themes: row.themes
        .map(({ theme }) => theme)
        .sort((a, b) => a.position - b.position)
        .map((t) => ({ slug: t.slug, parent: t.parentSlug, gfceCode: t.gfceCode, name: names(t) })),
      targetGroups: row.targetGroups
        .map(({ targetGroup }) => targetGroup)
        .sort((a, b) => a.position - b.position)
        .map((t) => ({ slug: t.slug, name: names(t) })),
      source: {
        slug: row.source.slug,
        title: { ja: row.source.titleJa, en: row.source.titleEn, fr: row.source.titleFr },
        publisher: { ja: row.source.publisherJa, en: row.source.publisherEn, fr: row.source.publisherFr },
        author: row.source.author,
        date: row.source.date,
        url: row.source.url,
        locator: row.sourceLocator,
        line: row.sourceLine,
      },
    };
    return [record];
  });
}

/** Reads the records of these ids batch by batch, so an export never holds them all. */
export async function* openDataRecordBatches(ids: number[], batchSize = EXPORT_BATCH_SIZE) {
  for (let start = 0; start < ids.length; start += batchSize) yield loadOpenDataRecords(ids.slice(start, start + batchSize));
}

/** A real initiative and GGE document slug, for the API documentation's examples. */
export async function exampleSlugs() {
  const [initiative, gge] = await Promise.all([
    prisma.initiative.findFirst({ where: { status: "published" }, orderBy: { id: "asc" }, select: { slug: true } }),
    prisma.ggeDocument.findFirst({ orderBy: { date: "desc" }, select: { slug: true } }),
  ]);
  return { initiative: initiative?.slug ?? "example", gge: gge?.slug ?? "example" };
}
