import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { LOCALES } from "../validations/common";
import { buildSearchDocuments } from "../search/text-index";
import { textIndex } from "../search/text-index-engine";
import type { InitiativeInput } from "../validations/initiative";

type Tx = Prisma.TransactionClient;

export class UnknownReferenceError extends Error {
  constructor(
    readonly field: string,
    readonly values: string[],
  ) {
    super(`unknown ${field}: ${values.join(", ")}`);
  }
}

async function idsBySlug(find: (slugs: string[]) => Promise<{ id: number; slug: string }[]>, slugs: string[], field: string) {
  const unique = [...new Set(slugs)];
  const rows = unique.length ? await find(unique) : [];
  const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
  const missing = unique.filter((slug) => !bySlug.has(slug));
  if (missing.length) throw new UnknownReferenceError(field, missing);
  return bySlug;
}

/** Resolves the slugs and codes an initiative refers to; throws UnknownReferenceError before anything is written. */
export async function resolveInitiativeReferences(tx: Tx, input: InitiativeInput) {
  const organisations = await idsBySlug(
    (slugs) => tx.organisation.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    input.organisations.map((link) => link.org),
    "organisations",
  );
  const groups = await idsBySlug(
    (slugs) => tx.group.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    input.recipientGroups,
    "recipientGroups",
  );
  const themes = await idsBySlug((slugs) => tx.theme.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }), input.themes, "themes");
  const targetGroups = await idsBySlug(
    (slugs) => tx.targetGroup.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } }),
    input.targetGroups,
    "targetGroups",
  );
  const source = await tx.sourceDocument.findUnique({ where: { slug: input.source.document }, select: { id: true } });
  if (!source) throw new UnknownReferenceError("source", [input.source.document]);
  const countries = [...new Set(input.recipientCountries)];
  const knownCountries = await tx.country.findMany({ where: { code: { in: countries } }, select: { code: true } });
  if (knownCountries.length !== countries.length) {
    const known = new Set(knownCountries.map((c) => c.code));
    throw new UnknownReferenceError(
      "recipientCountries",
      countries.filter((code) => !known.has(code)),
    );
  }
  return { organisations, groups, themes, targetGroups, sourceId: source.id, countries };
}

/** Creates or replaces an initiative and all its links; the caller owns the transaction. */
export async function writeInitiative(tx: Tx, input: InitiativeInput, options: { version?: number } = {}) {
  const refs = await resolveInitiativeReferences(tx, input);
  const scalar = {
    appendixRow: input.appendixRow,
    originalLocale: input.originalLocale,
    status: input.status,
    startYear: input.period.startYear,
    startMonth: input.period.startMonth,
    endYear: input.period.endYear,
    endMonth: input.period.endMonth,
    ongoing: input.period.ongoing,
    sourceDocumentId: refs.sourceId,
    sourceLocator: input.source.locator,
    sourceLine: input.source.line ?? null,
  };
  const initiative = await tx.initiative.upsert({
    where: { slug: input.slug },
    create: { slug: input.slug, ...scalar, version: options.version ?? 1 },
    update: { ...scalar, version: options.version ?? { increment: 1 } },
    select: { id: true, version: true },
  });
  const id = initiative.id;

  const textsByLocale = LOCALES.map((locale) => {
    const texts = {
      name: input.name[locale] ?? null,
      summary: input.summary?.[locale] ?? null,
      objectives: input.objectives?.[locale] ?? null,
      activities: input.activities?.[locale] ?? null,
      outcomes: input.outcomes?.[locale] ?? null,
      recipientText: input.recipientText?.[locale] ?? null,
      themeText: input.themeText?.[locale] ?? null,
      targetGroupText: input.targetGroupText?.[locale] ?? null,
      periodText: input.period.text?.[locale] ?? null,
    };
    return { locale, texts, empty: Object.values(texts).every((value) => value === null) };
  });
  await tx.initiativeText.deleteMany({ where: { initiativeId: id, locale: { in: textsByLocale.filter((t) => t.empty).map((t) => t.locale) } } });
  for (const { locale, texts, empty } of textsByLocale) {
    if (empty) continue;
    await tx.initiativeText.upsert({
      where: { initiativeId_locale: { initiativeId: id, locale } },
      create: { initiativeId: id, locale, ...texts },
      update: texts,
    });
  }

  await tx.initiativeOrganisation.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeOrganisation.createMany({
    data: input.organisations.map((link, position) => ({
      initiativeId: id,
      organisationId: refs.organisations.get(link.org)!,
      column: link.column,
      funding: link.funding,
      iatiRole: link.iatiRole,
      position,
    })),
  });
  await tx.initiativeCountry.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeCountry.createMany({ data: refs.countries.map((countryCode) => ({ initiativeId: id, countryCode })) });
  await tx.initiativeGroup.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeGroup.createMany({ data: [...refs.groups.values()].map((groupId) => ({ initiativeId: id, groupId })) });
  await tx.initiativeTheme.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeTheme.createMany({ data: [...refs.themes.values()].map((themeId) => ({ initiativeId: id, themeId })) });
  await tx.initiativeTargetGroup.deleteMany({ where: { initiativeId: id } });
  await tx.initiativeTargetGroup.createMany({
    data: [...refs.targetGroups.values()].map((targetGroupId) => ({ initiativeId: id, targetGroupId })),
  });
  // The full-text document is rewritten in the same transaction: search never disagrees with the record.
  await textIndex().write(tx, await buildSearchDocuments(tx, [id]), []);
  return initiative;
}
