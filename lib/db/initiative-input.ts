import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { LOCALES, type Locale } from "../validations/common";
import type { InitiativeInput } from "../validations/initiative";

type Reader = Pick<Prisma.TransactionClient, "initiative">;
type Localized = Partial<Record<Locale, string>>;

const TEXT_FIELDS = ["summary", "objectives", "activities", "outcomes", "recipientText", "themeText", "targetGroupText", "periodText"] as const;

/** Reads an initiative back in the shape of its input schema (all locales), or null. */
export async function loadInitiativeInput(db: Reader, slug: string): Promise<(InitiativeInput & { version: number }) | null> {
  const row = await db.initiative.findUnique({
    where: { slug },
    include: {
      texts: true,
      source: { select: { slug: true } },
      organisations: { include: { organisation: { select: { slug: true } } }, orderBy: { position: "asc" } },
      countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
      groups: { select: { group: { select: { slug: true } } } },
      themes: { select: { theme: { select: { slug: true } } } },
      targetGroups: { select: { targetGroup: { select: { slug: true } } } },
    },
  });
  if (!row) return null;
  const byLocale = new Map(row.texts.map((text) => [text.locale as Locale, text]));
  const localized = (field: (typeof TEXT_FIELDS)[number] | "name"): Localized | null => {
    const value: Localized = {};
    for (const locale of LOCALES) {
      const text = byLocale.get(locale)?.[field];
      if (text) value[locale] = text;
    }
    return Object.keys(value).length ? value : null;
  };
  return {
    slug: row.slug,
    version: row.version,
    appendixRow: row.appendixRow,
    originalLocale: row.originalLocale as Locale,
    status: row.status as InitiativeInput["status"],
    name: localized("name") ?? {},
    summary: localized("summary"),
    objectives: localized("objectives"),
    activities: localized("activities"),
    outcomes: localized("outcomes"),
    organisations: row.organisations.map((link) => ({
      org: link.organisation.slug,
      column: link.column as "donor" | "partner",
      funding: link.funding,
      iatiRole: link.iatiRole as 1 | 2 | 3 | 4 | null,
    })),
    recipientCountries: row.countries.map((c) => c.countryCode),
    recipientGroups: row.groups.map((g) => g.group.slug).sort(),
    recipientText: localized("recipientText"),
    themes: row.themes.map((t) => t.theme.slug).sort(),
    themeText: localized("themeText"),
    targetGroups: row.targetGroups.map((t) => t.targetGroup.slug).sort(),
    targetGroupText: localized("targetGroupText"),
    period: {
      startYear: row.startYear,
      startMonth: row.startMonth,
      endYear: row.endYear,
      endMonth: row.endMonth,
      ongoing: row.ongoing,
      text: localized("periodText"),
    },
    source: { document: row.source.slug, locator: row.sourceLocator, ...(row.sourceLine ? { line: row.sourceLine } : {}) },
  };
}

/** A canonical form for comparing two inputs (order of sets does not matter). */
export function canonicalInitiative(input: InitiativeInput): string {
  return JSON.stringify({
    ...input,
    version: undefined,
    recipientCountries: [...new Set(input.recipientCountries)].sort(),
    recipientGroups: [...new Set(input.recipientGroups)].sort(),
    themes: [...new Set(input.themes)].sort(),
    targetGroups: [...new Set(input.targetGroups)].sort(),
  }, Object.keys(input).sort().concat(["ja", "en", "fr", "org", "column", "funding", "iatiRole", "startYear", "startMonth", "endYear", "endMonth", "ongoing", "text", "document", "locator", "line"]));
}
