import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { LOCALES } from "../validations/common";
import { buildSearchDocuments } from "../search/text-index";
import { textIndex } from "../search/text-index-engine";
import type { InitiativeInput } from "../validations/initiative";
import { createInBatches, CREATE_BATCH } from "./create-in-batches";

type Tx = Prisma.TransactionClient;

export class UnknownReferenceError extends Error {
  constructor(
    readonly field: string,
    readonly values: string[],
  ) {
    super(`unknown ${field}: ${values.join(", ")}`);
  }
}

type Tables = "organisation" | "group" | "theme" | "targetGroup" | "sourceDocument";

/**
 * Ids of reference rows by slug (and known country codes), kept for the rows of one transaction: an
 * import resolves each organisation once, not once per row. The tables cannot change underneath, as
 * nothing else in the transaction writes them after the first look-up.
 */
export type ReferenceCache = Map<string, number | null>;

async function idsBySlug(tx: Tx, table: Tables, slugs: string[], cache: ReferenceCache): Promise<Map<string, number | null>> {
  const unique = [...new Set(slugs)];
  const unknown = unique.filter((slug) => !cache.has(`${table}:${slug}`));
  if (unknown.length) {
    const args = { where: { slug: { in: unknown } }, select: { id: true, slug: true } };
    const rows: { id: number; slug: string }[] =
      table === "organisation"
        ? await tx.organisation.findMany(args)
        : table === "group"
          ? await tx.group.findMany(args)
          : table === "theme"
            ? await tx.theme.findMany(args)
            : table === "targetGroup"
              ? await tx.targetGroup.findMany(args)
              : await tx.sourceDocument.findMany(args);
    const found = new Map(rows.map((row) => [row.slug, row.id]));
    for (const slug of unknown) cache.set(`${table}:${slug}`, found.get(slug) ?? null);
  }
  return new Map(unique.map((slug) => [slug, cache.get(`${table}:${slug}`)!]));
}

function known(bySlug: Map<string, number | null>, field: string): Map<string, number> {
  const missing = [...bySlug].filter(([, id]) => id === null).map(([slug]) => slug);
  if (missing.length) throw new UnknownReferenceError(field, missing);
  return bySlug as Map<string, number>;
}

async function knownCountries(tx: Tx, codes: string[], cache: ReferenceCache): Promise<string[]> {
  const unique = [...new Set(codes)];
  const unknown = unique.filter((code) => !cache.has(`country:${code}`));
  if (unknown.length) {
    const rows = await tx.country.findMany({ where: { code: { in: unknown } }, select: { code: true } });
    const found = new Set(rows.map((row) => row.code));
    for (const code of unknown) cache.set(`country:${code}`, found.has(code) ? 1 : null);
  }
  const missing = unique.filter((code) => cache.get(`country:${code}`) === null);
  if (missing.length) throw new UnknownReferenceError("recipientCountries", missing);
  return unique;
}

/** Resolves the slugs and codes an initiative refers to; throws UnknownReferenceError before anything is written. */
export async function resolveInitiativeReferences(tx: Tx, input: InitiativeInput, cache: ReferenceCache = new Map()) {
  const organisations = known(
    await idsBySlug(
      tx,
      "organisation",
      input.organisations.map((link) => link.org),
      cache,
    ),
    "organisations",
  );
  const groups = known(await idsBySlug(tx, "group", input.recipientGroups, cache), "recipientGroups");
  const themes = known(await idsBySlug(tx, "theme", input.themes, cache), "themes");
  const targetGroups = known(await idsBySlug(tx, "targetGroup", input.targetGroups, cache), "targetGroups");
  const sourceId = (await idsBySlug(tx, "sourceDocument", [input.source.document], cache)).get(input.source.document);
  if (!sourceId) throw new UnknownReferenceError("source", [input.source.document]);
  const countries = await knownCountries(tx, input.recipientCountries, cache);
  return { organisations, groups, themes, targetGroups, sourceId, countries };
}

/** Looks up, in one query per table, every reference some initiatives make (unknown ones are left for each row to report). */
export async function prefetchReferences(tx: Tx, inputs: InitiativeInput[], cache: ReferenceCache) {
  await idsBySlug(
    tx,
    "organisation",
    inputs.flatMap((input) => input.organisations.map((link) => link.org)),
    cache,
  );
  await idsBySlug(
    tx,
    "group",
    inputs.flatMap((input) => input.recipientGroups),
    cache,
  );
  await idsBySlug(
    tx,
    "theme",
    inputs.flatMap((input) => input.themes),
    cache,
  );
  await idsBySlug(
    tx,
    "targetGroup",
    inputs.flatMap((input) => input.targetGroups),
    cache,
  );
  await idsBySlug(
    tx,
    "sourceDocument",
    inputs.map((input) => input.source.document),
    cache,
  );
  const codes = [...new Set(inputs.flatMap((input) => input.recipientCountries))];
  const rows = await tx.country.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const found = new Set(rows.map((row) => row.code));
  for (const code of codes) cache.set(`country:${code}`, found.has(code) ? 1 : null);
}

/** Rewrites the full-text documents of some initiatives (after writes made with `searchDocument: "deferred"`). */
export async function writeSearchDocuments(tx: Tx, ids: number[]) {
  for (let start = 0; start < ids.length; start += 500) {
    const chunk = ids.slice(start, start + 500);
    await textIndex().write(tx, await buildSearchDocuments(tx, chunk), []);
  }
}

export type WriteOptions = {
  version?: number;
  /** Look-ups shared by the rows of one transaction. */
  references?: ReferenceCache;
  /** The slug is known to be new: there are no old links or texts to clear. */
  isNew?: boolean;
  /** "deferred": the caller rewrites the search documents with writeSearchDocuments before its transaction ends. */
  searchDocument?: "now" | "deferred";
};

type References = Awaited<ReturnType<typeof resolveInitiativeReferences>>;

/** The columns of an initiative's own row (besides slug and version). */
function initiativeColumns(input: InitiativeInput, refs: References) {
  return {
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
}

/** The texts of an initiative by locale; `empty` when the locale has none (its row, if any, goes). */
function textsByLocale(input: InitiativeInput) {
  return LOCALES.map((locale) => {
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
}

/** The rows linking an initiative to organisations, countries, groups, themes and target groups. */
function linkRows(initiativeId: number, input: InitiativeInput, refs: References) {
  return {
    organisations: input.organisations.map((link, position) => ({
      initiativeId,
      organisationId: refs.organisations.get(link.org)!,
      column: link.column,
      funding: link.funding,
      iatiRole: link.iatiRole,
      position,
    })),
    countries: refs.countries.map((countryCode) => ({ initiativeId, countryCode })),
    groups: [...refs.groups.values()].map((groupId) => ({ initiativeId, groupId })),
    themes: [...refs.themes.values()].map((themeId) => ({ initiativeId, themeId })),
    targetGroups: [...refs.targetGroups.values()].map((targetGroupId) => ({ initiativeId, targetGroupId })),
  };
}

/**
 * Creates initiatives none of which exists yet (an import's new rows) with one statement per table for a
 * batch of them, rather than up to seven per initiative: at 1,000 rows the ORM's round trips were most of
 * the import. Their search documents are left to the caller (writeSearchDocuments), in its transaction.
 */
export async function createInitiatives(tx: Tx, inputs: InitiativeInput[], references: ReferenceCache = new Map()) {
  const resolved: { input: InitiativeInput; refs: References }[] = [];
  for (const input of inputs) resolved.push({ input, refs: await resolveInitiativeReferences(tx, input, references) });
  const created: { id: number; slug: string; version: number }[] = [];
  for (let start = 0; start < resolved.length; start += CREATE_BATCH)
    created.push(
      ...(await tx.initiative.createManyAndReturn({
        data: resolved.slice(start, start + CREATE_BATCH).map(({ input, refs }) => ({ slug: input.slug, ...initiativeColumns(input, refs), version: 1 })),
        select: { id: true, slug: true, version: true },
      })),
    );
  const idBySlug = new Map(created.map((row) => [row.slug, row.id]));
  const links = resolved.map(({ input, refs }) => linkRows(idBySlug.get(input.slug)!, input, refs));
  await createInBatches(
    tx.initiativeText,
    resolved.flatMap(({ input }) =>
      textsByLocale(input)
        .filter((t) => !t.empty)
        .map(({ locale, texts }) => ({ initiativeId: idBySlug.get(input.slug)!, locale, ...texts })),
    ),
  );
  await createInBatches(
    tx.initiativeOrganisation,
    links.flatMap((link) => link.organisations),
  );
  await createInBatches(
    tx.initiativeCountry,
    links.flatMap((link) => link.countries),
  );
  await createInBatches(
    tx.initiativeGroup,
    links.flatMap((link) => link.groups),
  );
  await createInBatches(
    tx.initiativeTheme,
    links.flatMap((link) => link.themes),
  );
  await createInBatches(
    tx.initiativeTargetGroup,
    links.flatMap((link) => link.targetGroups),
  );
  return created;
}

/** Creates or replaces an initiative and all its links; the caller owns the transaction. */
export async function writeInitiative(tx: Tx, input: InitiativeInput, options: WriteOptions = {}) {
  const refs = await resolveInitiativeReferences(tx, input, options.references);
  const clear = !options.isNew;
  const scalar = initiativeColumns(input, refs);
  const initiative = options.isNew
    ? await tx.initiative.create({ data: { slug: input.slug, ...scalar, version: options.version ?? 1 }, select: { id: true, version: true } })
    : await tx.initiative.upsert({
        where: { slug: input.slug },
        create: { slug: input.slug, ...scalar, version: options.version ?? 1 },
        update: { ...scalar, version: options.version ?? { increment: 1 } },
        select: { id: true, version: true },
      });
  const id = initiative.id;

  const byLocale = textsByLocale(input);
  if (clear) await tx.initiativeText.deleteMany({ where: { initiativeId: id, locale: { in: byLocale.filter((t) => t.empty).map((t) => t.locale) } } });
  const texts = byLocale.filter((t) => !t.empty);
  if (!clear && texts.length) await tx.initiativeText.createMany({ data: texts.map(({ locale, texts }) => ({ initiativeId: id, locale, ...texts })) });
  else
    for (const { locale, texts: values } of texts)
      await tx.initiativeText.upsert({
        where: { initiativeId_locale: { initiativeId: id, locale } },
        create: { initiativeId: id, locale, ...values },
        update: values,
      });

  const replace = async <T>(
    table: { deleteMany: (args: { where: { initiativeId: number } }) => Promise<unknown>; createMany: (args: { data: T[] }) => Promise<unknown> },
    data: T[],
  ) => {
    if (clear) await table.deleteMany({ where: { initiativeId: id } });
    if (data.length) await table.createMany({ data });
  };
  const links = linkRows(id, input, refs);
  await replace(tx.initiativeOrganisation, links.organisations);
  await replace(tx.initiativeCountry, links.countries);
  await replace(tx.initiativeGroup, links.groups);
  await replace(tx.initiativeTheme, links.themes);
  await replace(tx.initiativeTargetGroup, links.targetGroups);
  // The full-text document is rewritten in the same transaction: search never disagrees with the record.
  if (options.searchDocument !== "deferred") await writeSearchDocuments(tx, [id]);
  return initiative;
}
