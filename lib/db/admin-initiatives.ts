import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { loadInitiativeInput, loadInitiativeInputs } from "./initiative-input";
import { writeInitiative, type WriteOptions } from "./initiative-write";
import { writeAudits, type AuditAction } from "./audit";
import { createOrganisation } from "./admin-organisations";
import { pickText } from "./localized";
import { containsText } from "./dialect";
import { asInitiativeStatus, asLocale } from "./closed-sets";
import { getInitiativeDetail } from "./initiative-detail";
import type { Locale } from "../validations/common";
import type { InitiativeInput } from "../validations/initiative";
import type { OrganisationInput } from "../validations/organisation";

export type Snapshot = InitiativeInput & { version: number };

export type SaveResult =
  | { status: "saved"; slug: string; version: number; id: number; audit: DeferredAudit }
  | { status: "conflict"; current: Snapshot }
  | { status: "notFound" }
  | { status: "slugTaken" };

/**
 * Creates (expectedVersion null) or updates an initiative. The update is a compare-and-set on
 * Initiative.version inside the transaction, so two editors can never silently overwrite each other.
 * Reference errors (UnknownReferenceError) propagate and roll everything back.
 */
export async function saveInitiative(input: InitiativeInput, options: SaveOptions): Promise<SaveResult> {
  return prisma.$transaction((tx) => saveInitiativeIn(tx, input, options));
}

type SaveOptions = {
  /** The version the editor saw (null: a new record); "current" overwrites whatever is there (CSV import). */
  expectedVersion: number | null | "current";
  userId: string;
  action?: AuditAction;
  newOrganisation?: OrganisationInput;
  /** The record as it stands, when the caller has read it already (an import reads all of them at once). */
  before?: Snapshot | null;
  /** "deferred": the caller writes the audit entry (writeDeferredAudits) before its transaction ends. */
  audit?: "now" | "deferred";
} & Partial<Pick<WriteOptions, "references" | "searchDocument">>;

/** What an audit entry needs besides the record as saved, kept by a caller that writes the entries in one go. */
export type DeferredAudit = { userId: string; slug: string; initiativeId: number; action: AuditAction; before: Snapshot | null };

export async function saveInitiativeIn(tx: Prisma.TransactionClient, input: InitiativeInput, options: SaveOptions): Promise<SaveResult> {
  const before = options.before !== undefined ? options.before : await loadInitiativeInput(tx, input.slug);
  const expected = options.expectedVersion === "current" ? (before?.version ?? null) : options.expectedVersion;
  if (expected === null && before) return { status: "slugTaken" } as const;
  if (expected !== null) {
    if (!before) return { status: "notFound" } as const;
    const claimed = await tx.initiative.updateMany({ where: { slug: input.slug, version: expected }, data: { version: { increment: 1 } } });
    if (claimed.count === 0) return { status: "conflict", current: before } as const;
  }
  if (options.newOrganisation) await createOrganisation(tx, options.newOrganisation, options.userId);
  const version = expected === null ? 1 : expected + 1;
  const saved = await writeInitiative(tx, input, { version, isNew: !before, references: options.references, searchDocument: options.searchDocument });
  const action = options.action ?? (before ? (before.status !== "archived" && input.status === "archived" ? "archive" : "update") : "create");
  const audit: DeferredAudit = { userId: options.userId, slug: input.slug, initiativeId: saved.id, action, before };
  if (options.audit !== "deferred") await writeDeferredAudits(tx, [audit]);
  return { status: "saved", slug: input.slug, version: saved.version, id: saved.id, audit } as const;
}

/** Audit entries of saved initiatives, each with the record as it now stands (read in batches). */
export async function writeDeferredAudits(tx: Prisma.TransactionClient, audits: DeferredAudit[]) {
  const after = await loadInitiativeInputs(
    tx,
    audits.map((audit) => audit.slug),
  );
  await writeAudits(
    tx,
    audits.map(({ userId, slug, initiativeId, action, before }) => ({
      userId,
      entity: "initiative",
      entitySlug: slug,
      initiativeId,
      action,
      before,
      after: after.get(slug) ?? null,
    })),
  );
}

/** Archive or restore (to draft) without touching anything else. */
export async function setInitiativeStatus(slug: string, target: "archived" | "draft", expectedVersion: number, userId: string) {
  const current = await loadInitiativeInput(prisma, slug);
  if (!current) return { status: "notFound" } as const;
  const { version: _version, ...input } = current;
  return saveInitiative({ ...input, status: target }, { expectedVersion, userId, action: target === "archived" ? "archive" : "restore" });
}

/** The public detail of any initiative, drafts and archived ones included, for the admin preview. */
export function getInitiativePreview(slug: string, locale: Locale) {
  return getInitiativeDetail(prisma, slug, locale, { includeDrafts: true });
}

export const ADMIN_PAGE_SIZE = 50;

export async function listAdminInitiatives(options: { q?: string; status?: string; page: number; locale: Locale }) {
  const where = {
    ...(options.status ? { status: options.status } : {}),
    ...(options.q ? { OR: [{ slug: containsText(options.q) }, { texts: { some: { name: containsText(options.q) } } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.initiative.count({ where }),
    prisma.initiative.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (options.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: { slug: true, status: true, version: true, updatedAt: true, originalLocale: true, texts: { select: { locale: true, name: true } } },
    }),
  ]);
  const items = rows.map(({ texts, ...row }) => ({
    ...row,
    status: asInitiativeStatus(row.status),
    name: pickText(Object.fromEntries(texts.map((t) => [t.locale, t.name])), options.locale, asLocale(row.originalLocale)),
  }));
  return { total, items };
}

export async function countByStatus() {
  const groups = await prisma.initiative.groupBy({ by: ["status"], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Record<string, number>;
}

/** The initiative as the form edits it, with who last changed it. */
export async function getInitiativeForEdit(slug: string) {
  const input = await loadInitiativeInput(prisma, slug);
  if (!input) return null;
  const last = await prisma.auditLog.findFirst({
    where: { entity: "initiative", entitySlug: slug },
    orderBy: { id: "desc" },
    select: { createdAt: true, user: { select: { email: true } } },
  });
  return { input, lastChange: last ? { at: last.createdAt, by: last.user?.email ?? null } : null };
}

/** A free slug based on `base` ("base", "base-2", ...). */
export async function freeInitiativeSlug(base: string) {
  const taken = new Set((await prisma.initiative.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((r) => r.slug));
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
