import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { narrow } from "./closed-sets";
import { createInBatches } from "./create-in-batches";

type Tx = Prisma.TransactionClient;

export const AUDIT_ACTIONS = ["create", "update", "archive", "restore", "import", "create-organisation", "create-user", "change-role"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
const asAuditAction = narrow(AUDIT_ACTIONS, "audit action");

type AuditEntry = { userId: string; entity: string; entitySlug: string; initiativeId?: number | null; action: AuditAction; before?: unknown; after?: unknown };

const snapshot = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

function auditRow(entry: AuditEntry) {
  return {
    userId: entry.userId,
    entity: entry.entity,
    entitySlug: entry.entitySlug,
    initiativeId: entry.initiativeId ?? null,
    action: entry.action,
    before: snapshot(entry.before),
    after: snapshot(entry.after),
  };
}

export function writeAudit(tx: Tx, entry: AuditEntry) {
  return tx.auditLog.create({ data: auditRow(entry) });
}

/** Several entries, in order, a batch per statement (an import writes one per row). */
export function writeAudits(tx: Tx, entries: AuditEntry[]) {
  return createInBatches(tx.auditLog, entries.map(auditRow));
}

/** The top-level fields whose values differ between two JSON snapshots. */
export function changedFields(before: string | null, after: string | null): string[] {
  const a = before ? (JSON.parse(before) as Record<string, unknown>) : {};
  const b = after ? (JSON.parse(after) as Record<string, unknown>) : {};
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((key) => key !== "version" && JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null)).sort();
}

export const AUDIT_PAGE_SIZE = 50;

export async function listAudit(options: { entitySlug?: string; page: number }) {
  const where = options.entitySlug ? { entity: "initiative", entitySlug: options.entitySlug } : {};
  const [total, rows] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (options.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, entity: true, entitySlug: true, action: true, before: true, after: true, createdAt: true, user: { select: { email: true } } },
    }),
  ]);
  return { total, items: rows.map((row) => ({ ...row, action: asAuditAction(row.action), changed: changedFields(row.before, row.after) })) };
}
