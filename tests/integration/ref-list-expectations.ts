import { expect } from "vitest";
import { prisma } from "../../lib/db/client";
import { REF_LIST_LIMIT, type RefList } from "../../lib/search/browse";

/**
 * A browse list shows the newest REF_LIST_LIMIT initiatives of a set and the set's full size: checked
 * against the set worked out independently, with start years read from the database.
 */
export async function expectNewestOf(list: RefList, want: Set<number>, label = "") {
  expect(list.total, `${label} total`).toBe(want.size);
  expect(list.items.length, `${label} shown`).toBe(Math.min(want.size, REF_LIST_LIMIT));
  const shown = new Set(list.items.map((ref) => ref.id));
  for (const id of shown) expect(want.has(id), `${label} ${id} belongs`).toBe(true);
  const years = new Map(
    (await prisma.initiative.findMany({ where: { id: { in: [...want] } }, select: { id: true, startYear: true } })).map((row) => [row.id, row.startYear]),
  );
  const rank = (id: number) => years.get(id) ?? -Infinity;
  const shownYears = list.items.map((ref) => rank(ref.id));
  expect(shownYears, `${label} newest first`).toEqual([...shownYears].sort((a, b) => b - a));
  const oldestShown = Math.min(...shownYears);
  for (const id of want) if (!shown.has(id)) expect(rank(id), `${label} ${id} left out is not newer`).toBeLessThanOrEqual(oldestShown);
}
