import "server-only";
import { prisma } from "./client";

/** When the published dataset last changed: the latest update of a published initiative (null when there is none). */
export async function datasetLastUpdated(): Promise<Date | null> {
  const latest = await prisma.initiative.aggregate({ where: { status: "published" }, _max: { updatedAt: true } });
  return latest._max.updatedAt ?? null;
}
