import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { LOCALES, type Locale } from "../validations/common";
import type { TextField } from "./initiative-detail";
import { asInitiativeStatus, asLocale, asOrganisationColumn } from "./closed-sets";
import { IATI_ROLES, type IatiRole, type InitiativeInput } from "../validations/initiative";

type Reader = Pick<Prisma.TransactionClient, "initiative">;
type Localized = Partial<Record<Locale, string>>;

const isIatiRole = (value: number): value is IatiRole => (IATI_ROLES as readonly number[]).includes(value);
/** A stored IATI role; a value outside the code list (never written by the schema) reads as none. */
const iatiRole = (value: number | null): IatiRole | null => (value !== null && isIatiRole(value) ? value : null);

const INPUT_ROWS = {
  texts: true,
  source: { select: { slug: true } },
  organisations: { include: { organisation: { select: { slug: true } } }, orderBy: { position: "asc" } },
  countries: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
  groups: { select: { group: { select: { slug: true } } } },
  themes: { select: { theme: { select: { slug: true } } } },
  targetGroups: { select: { targetGroup: { select: { slug: true } } } },
} satisfies Prisma.InitiativeInclude;
type InputRow = Prisma.InitiativeGetPayload<{ include: typeof INPUT_ROWS }>;

/** Reads an initiative back in the shape of its input schema (all locales), or null. */
export async function loadInitiativeInput(db: Reader, slug: string): Promise<(InitiativeInput & { version: number }) | null> {
  const row = await db.initiative.findUnique({ where: { slug }, include: INPUT_ROWS });
  return row ? toInput(row) : null;
}

/** The same for many initiatives at once (a CSV import's audit snapshots), by slug. */
export async function loadInitiativeInputs(db: Reader, slugs: string[]): Promise<Map<string, InitiativeInput & { version: number }>> {
  const inputs = new Map<string, InitiativeInput & { version: number }>();
  for (let start = 0; start < slugs.length; start += 500) {
    const rows = await db.initiative.findMany({ where: { slug: { in: slugs.slice(start, start + 500) } }, include: INPUT_ROWS });
    for (const row of rows) inputs.set(row.slug, toInput(row));
  }
  return inputs;
}

function toInput(row: InputRow): InitiativeInput & { version: number } {
  const byLocale = new Map(row.texts.map((text) => [asLocale(text.locale), text]));
  const localized = (field: TextField | "name"): Localized | null => {
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
    originalLocale: asLocale(row.originalLocale),
    status: asInitiativeStatus(row.status),
    name: localized("name") ?? {},
    summary: localized("summary"),
    objectives: localized("objectives"),
    activities: localized("activities"),
    outcomes: localized("outcomes"),
    organisations: row.organisations.map((link) => ({
      org: link.organisation.slug,
      column: asOrganisationColumn(link.column),
      funding: link.funding,
      iatiRole: iatiRole(link.iatiRole),
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

/**
 * Every field at every depth, object keys sorted, undefined dropped. Lists of plain values are sets
 * (countries, themes...): sorted and deduplicated; lists of objects (organisations) keep their order.
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => item === null || typeof item !== "object") ? [...new Set(items)].sort() : items;
  }
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, child]) => child !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, child]) => [key, canonical(child)]),
    );
  return value;
}

/** A canonical form for comparing two inputs, derived from the whole input so that no field is ever skipped. */
export function canonicalInitiative(input: InitiativeInput & { version?: number }): string {
  const { version: _version, ...fields } = input;
  return JSON.stringify(canonical(fields));
}
