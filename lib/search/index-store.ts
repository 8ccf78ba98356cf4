import "server-only";
import { prisma } from "../db/client";
import type { CatalogueIndex } from "./catalogue-index";
import { buildIndex, refreshInitiatives } from "./load-index";

/** Changes replayed one by one up to this many; beyond, rebuilding is cheaper. */
const MAX_INCREMENTAL = 2_000;

/** Rows kept in the change log; an instance further behind than this rebuilds its index. */
const KEEP_CHANGES = 10_000;

type State = { index: CatalogueIndex; seq: number };
const holder = globalThis as unknown as { catalogueIndex?: State; catalogueRefresh?: Promise<State> | null; catalogueLastPrune?: number };

async function latestSeq(): Promise<number> {
  const last = await prisma.catalogueChange.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } });
  return last?.seq ?? 0;
}

async function refresh(current: State | undefined, target: number): Promise<State> {
  if (target - (holder.catalogueLastPrune ?? 0) >= 1_000) {
    holder.catalogueLastPrune = target;
    await pruneCatalogueChanges(target);
  }
  if (current) {
    const changes = await prisma.catalogueChange.findMany({
      where: { seq: { gt: current.seq, lte: target } },
      select: { seq: true, initiativeId: true },
      orderBy: { seq: "asc" },
      take: MAX_INCREMENTAL + 1,
    });
    // A gap before the first change means older rows were pruned while this process was behind.
    const complete =
      changes.length <= MAX_INCREMENTAL && (changes[0]?.seq ?? current.seq + 1) === current.seq + 1 && changes.every((c) => c.initiativeId !== null);
    if (complete) {
      await refreshInitiatives(prisma, current.index, [...new Set(changes.map((c) => c.initiativeId!))]);
      return { index: current.index, seq: target };
    }
  }
  return { index: await buildIndex(prisma), seq: target };
}

/**
 * The catalogue index, brought up to date with the database on every call: one indexed read of the
 * newest change, and only when another write happened (in this process or another instance) a
 * replay of the changed initiatives. A reader therefore never sees counts older than the data.
 */
export async function currentIndex(): Promise<CatalogueIndex> {
  const target = await latestSeq();
  const state = holder.catalogueIndex;
  if (state && state.seq >= target) return state.index;
  if (!holder.catalogueRefresh) {
    holder.catalogueRefresh = refresh(state, target)
      .then((next) => (holder.catalogueIndex = next))
      .finally(() => (holder.catalogueRefresh = null));
  }
  const next = await holder.catalogueRefresh;
  // Another write may have landed while this refresh ran: catch up before answering.
  return next.seq >= target ? next.index : currentIndex();
}

/** Keeps the change log short (called by whichever instance notices it has grown). */
async function pruneCatalogueChanges(last: number) {
  if (last > KEEP_CHANGES) await prisma.catalogueChange.deleteMany({ where: { seq: { lte: last - KEEP_CHANGES } } });
}
