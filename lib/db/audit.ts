import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { prisma } from "./client";
import { narrow } from "./closed-sets";

type Tx = Prisma.TransactionClient;

export const AUDIT_ACTIONS = ["create", "update", "archive", "restore", "import", "create-organisation", "create-user", "change-role"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
const asAuditAction = narrow(AUDIT_ACTIONS, "audit action");

export function writeAudit(
  tx: Tx,
  entry: { userId: string; entity: string; entitySlug: string; initiativeId?: number | null; action: AuditAction; before?: unknown; after?: unknown },
) {
  return tx.auditLog.create({
    data: {
      userId: entry.userId,
      entity: entry.entity,
      entitySlug: entry.entitySlug,
      initiativeId: entry.initiativeId ?? null,
      action: entry.action,
      before: entry.before === undefined || entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === undefined || entry.after === null ? null : JSON.stringify(entry.after),
    },
  });
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
