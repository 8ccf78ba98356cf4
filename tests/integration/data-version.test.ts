import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { databaseEngine, databaseFilePath } from "../../lib/env";
import { dataVersionReader } from "../../lib/http/data-version";

// The public pages' ETags name this version (scripts/server.ts): it must change with every write a page can show.
const url = process.env.DATABASE_URL!;
const read = await dataVersionReader(databaseEngine(url), url, databaseFilePath(url));

afterAll(() => prisma.$disconnect());

/** Runs a write that leaves the data as it was (a value changed, then changed back) and returns the versions seen. */
async function versionsAround(write: (mark: string) => Promise<unknown>, restore: () => Promise<unknown>) {
  const before = await read();
  await write("test version mark");
  const after = await read();
  await restore();
  return { before, after, restored: await read() };
}

describe("data version", () => {
  it("stays the same while nothing is written", async () => {
    expect(await read()).toBe(await read());
  });

  it("changes when the seed rewrites a GGE key point, an approach or an event in place", async () => {
    const point = await prisma.ggeKeyPoint.findFirstOrThrow();
    const approach = await prisma.approach.findFirstOrThrow();
    const event = await prisma.event.findFirstOrThrow();
    const runs = [
      () =>
        versionsAround(
          (mark) => prisma.ggeKeyPoint.update({ where: { id: point.id }, data: { textEn: mark } }),
          () => prisma.ggeKeyPoint.update({ where: { id: point.id }, data: { textEn: point.textEn } }),
        ),
      () =>
        versionsAround(
          (mark) => prisma.approach.update({ where: { id: approach.id }, data: { descriptionFr: mark } }),
          () => prisma.approach.update({ where: { id: approach.id }, data: { descriptionFr: approach.descriptionFr } }),
        ),
      () =>
        versionsAround(
          (mark) => prisma.event.update({ where: { id: event.id }, data: { summaryJa: mark } }),
          () => prisma.event.update({ where: { id: event.id }, data: { summaryJa: event.summaryJa } }),
        ),
    ];
    for (const run of runs) {
      const { before, after, restored } = await run();
      expect(after).not.toBe(before);
      expect(restored).not.toBe(after);
    }
  });

  it("changes when an event's links are rewritten", async () => {
    const link = await prisma.eventInitiative.findFirstOrThrow();
    const before = await read();
    await prisma.eventInitiative.delete({ where: { eventId_initiativeId: { eventId: link.eventId, initiativeId: link.initiativeId } } });
    const deleted = await read();
    await prisma.eventInitiative.create({ data: link });
    expect(deleted).not.toBe(before);
    expect(await read()).not.toBe(deleted);
  });
});
