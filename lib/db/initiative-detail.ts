import "server-only";
import type { InitiativeText, PrismaClient } from "../generated/prisma/client";
import type { Locale } from "../validations/common";
import { asInitiativeStatus, asLocale } from "./closed-sets";
import { localeSuffix, localName, pickText, type LocalizedText } from "./localized";

type Db = Pick<PrismaClient, "initiative">;

/** The translatable texts of an initiative besides its name: every text column of InitiativeText. */
export type TextField = Exclude<keyof InitiativeText, "initiativeId" | "locale" | "name">;

export type OrganisationLink = {
  slug: string;
  name: string;
  acronym: string | null;
  type: string;
  funding: boolean;
  iatiRole: number | null;
};

export type InitiativeDetail = NonNullable<Awaited<ReturnType<typeof getInitiativeDetail>>>;

/** One published initiative as its page shows it, texts picked for the locale with fallbacks marked. */
export async function getInitiativeDetail(db: Db, slug: string, locale: Locale, options: { includeDrafts?: boolean } = {}) {
  const suffix = localeSuffix(locale);
  const record = await db.initiative.findFirst({
    where: { slug, ...(options.includeDrafts ? {} : { status: "published" }) },
    include: {
      texts: true,
      source: true,
      organisations: { orderBy: { position: "asc" }, include: { organisation: true } },
      countries: { include: { country: true } },
      groups: { include: { group: { include: { _count: { select: { members: true } } } } } },
      themes: { include: { theme: true } },
      targetGroups: { include: { targetGroup: true } },
      events: { include: { event: true } },
    },
  });
  if (!record) return null;
  const original = asLocale(record.originalLocale);
  const field = (name: TextField | "name"): LocalizedText | null =>
    pickText(Object.fromEntries(record.texts.map((t) => [t.locale, t[name]])), locale, original);
  const link = (column: string) =>
    record.organisations
      .filter((l) => l.column === column)
      .map<OrganisationLink>((l) => ({
        slug: l.organisation.slug,
        name: localName(l.organisation, locale),
        acronym: l.organisation.acronym,
        type: l.organisation.type,
        funding: l.funding,
        iatiRole: l.iatiRole,
      }));
  return {
    slug: record.slug,
    appendixRow: record.appendixRow,
    status: asInitiativeStatus(record.status),
    originalLocale: original,
    availableLocales: record.texts.map((t) => asLocale(t.locale)),
    name: field("name")!,
    summary: field("summary"),
    objectives: field("objectives"),
    activities: field("activities"),
    outcomes: field("outcomes"),
    recipientText: field("recipientText"),
    themeText: field("themeText"),
    targetGroupText: field("targetGroupText"),
    periodText: field("periodText"),
    donors: link("donor"),
    partners: link("partner"),
    countries: record.countries
      .map(({ country }) => ({ code: country.code, name: localName(country, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    groups: record.groups.map(({ group }) => ({
      slug: group.slug,
      kind: group.kind,
      name: localName(group, locale),
      memberCount: group._count.members,
    })),
    themes: record.themes
      .map(({ theme }) => theme)
      .sort((a, b) => a.position - b.position)
      .map((theme) => ({ slug: theme.slug, parent: theme.parentSlug, gfceCode: theme.gfceCode, name: localName(theme, locale) })),
    targetGroups: record.targetGroups.map(({ targetGroup }) => ({ slug: targetGroup.slug, name: localName(targetGroup, locale) })),
    period: {
      startYear: record.startYear,
      startMonth: record.startMonth,
      endYear: record.endYear,
      endMonth: record.endMonth,
      ongoing: record.ongoing,
    },
    events: record.events.map(({ event }) => ({ slug: event.slug, date: event.date, name: localName(event, locale) })),
    source: {
      slug: record.source.slug,
      title: record.source[`title${suffix}`],
      author: record.source.author,
      citeAs: record.source[`citeAs${suffix}`] ?? record.source[`publisher${suffix}`],
      publisher: record.source[`publisher${suffix}`],
      date: record.source.date,
      url: record.source.url,
      locator: record.sourceLocator,
      line: record.sourceLine,
    },
    updatedAt: record.updatedAt,
  };
}
