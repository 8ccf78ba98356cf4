import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { writeAudit } from "./audit";
import { UnknownReferenceError } from "./initiative-write";
import type { Locale } from "../validations/common";
import type { OrganisationInput } from "../validations/organisation";
import { normalizeName } from "../validations/admin-form";

type Tx = Prisma.TransactionClient;

export class OrganisationSlugTakenError extends Error {}

/** Options for the organisation picker (a <datalist>): slug, localised name and acronym. */
export async function listOrganisationOptions(locale: Locale) {
  const column = locale === "ja" ? "nameJa" : locale === "fr" ? "nameFr" : "nameEn";
  const rows = await prisma.organisation.findMany({
    select: { slug: true, acronym: true, nameJa: true, nameEn: true, nameFr: true },
    orderBy: { [column]: "asc" },
  });
  return rows.map((row) => ({ slug: row.slug, acronym: row.acronym, name: row[column] }));
}

/** Existing organisations whose normalised name (in any locale) or acronym equals the new one's. */
export async function findLikelyDuplicates(input: Pick<OrganisationInput, "slug" | "acronym" | "name">) {
  const wanted = new Set([input.name.ja, input.name.en, input.name.fr, input.acronym].filter(Boolean).map((v) => normalizeName(v!)));
  wanted.delete("");
  const rows = await prisma.organisation.findMany({ select: { slug: true, acronym: true, nameJa: true, nameEn: true, nameFr: true } });
  return rows
    .filter((row) => row.slug === input.slug || [row.nameJa, row.nameEn, row.nameFr, row.acronym].some((v) => v && wanted.has(normalizeName(v))))
    .map((row) => ({ slug: row.slug, acronym: row.acronym, name: { ja: row.nameJa, en: row.nameEn, fr: row.nameFr } }));
}

export async function createOrganisation(tx: Tx, input: OrganisationInput, userId: string) {
  if (await tx.organisation.findUnique({ where: { slug: input.slug }, select: { id: true } })) throw new OrganisationSlugTakenError(input.slug);
  const source = await tx.sourceDocument.findUnique({ where: { slug: input.source.document }, select: { id: true } });
  if (!source) throw new UnknownReferenceError("source", [input.source.document]);
  if (input.country && !(await tx.country.findUnique({ where: { code: input.country }, select: { code: true } })))
    throw new UnknownReferenceError("newOrg.country", [input.country]);
  const created = await tx.organisation.create({
    data: {
      slug: input.slug,
      acronym: input.acronym,
      type: input.type,
      countryCode: input.country,
      nameJa: input.name.ja,
      nameEn: input.name.en,
      nameFr: input.name.fr,
      sourceDocumentId: source.id,
      sourceLocator: input.source.locator,
    },
    select: { id: true },
  });
  await writeAudit(tx, { userId, entity: "organisation", entitySlug: input.slug, action: "create-organisation", after: input });
  return created;
}
