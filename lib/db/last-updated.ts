import "server-only";
import { cache } from "react";
import { prisma } from "./client";

/**
 * When the published dataset last changed: the latest update of a published initiative (null when there
 * is none). Every page's footer asks, some pages twice: once per request, and one step down the
 * (status, updatedAt) index rather than an aggregate over every published row.
 */
export const datasetLastUpdated = cache(async function datasetLastUpdated(): Promise<Date | null> {
  const latest = await prisma.initiative.findFirst({ where: { status: "published" }, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } });
  return latest?.updatedAt ?? null;
});
