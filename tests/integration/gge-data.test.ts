import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { GGE_TOPICS, getGgeComparison, getGgeDocument, getGgeMilestones, getGgeSessions } from "../../lib/db/gge";
import { listApproaches, listSourceDocuments } from "../../lib/db/sources";

afterAll(() => prisma.$disconnect());

const REPORTS = ["a-res-53-70", "a-60-202", "a-65-201", "a-68-98", "a-70-174"];

describe("GGE sessions", () => {
  it("gives the five sessions in order with members, chair and outcome", async () => {
    const sessions = await getGgeSessions("en");
    expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    for (const session of sessions) {
      const members = await prisma.ggeSessionMember.findMany({ where: { session: { slug: session.slug } }, select: { countryCode: true } });
      expect(session.memberCount).toBe(members.length);
      expect(session.members.map((m) => m.code).sort()).toEqual(members.map((m) => m.countryCode).sort());
      expect(session.chairCountry?.code).toBeTruthy();
    }
    expect(sessions.map((s) => s.memberCount)).toEqual([15, 15, 15, 20, 25]);
    expect(sessions.at(-1)?.outcome).toBe("no-consensus");
  });

  it("places every member in a UN M49 continent (a region directly under World)", async () => {
    const sessions = await getGgeSessions("fr");
    const continents = new Set((await prisma.group.findMany({ where: { parentSlug: "world" }, select: { slug: true } })).map((g) => g.slug));
    for (const member of sessions.flatMap((s) => s.members)) expect(continents.has(member.regionSlug ?? ""), member.code).toBe(true);
    const japan = sessions[2].members.find((m) => m.code === "JP");
    expect(japan).toMatchObject({ name: "Japon", regionSlug: "asia" });
  });

  it("starts from the 1998 resolution and records the OEWG after the fifth session", async () => {
    const { resolutions, events } = await getGgeMilestones("ja");
    expect(resolutions.map((r) => r.symbol)).toEqual(["A/RES/53/70"]);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.date > "2017")).toBe(true);
  });
});

describe("GGE documents", () => {
  it("groups each report's key points by topic, in the fixed topic order, losing none", async () => {
    for (const slug of REPORTS) {
      const doc = await getGgeDocument(slug, "en");
      expect(doc, slug).not.toBeNull();
      const count = await prisma.ggeKeyPoint.count({ where: { document: { slug } } });
      expect(doc!.groups.flatMap((g) => g.points)).toHaveLength(count);
      expect(doc!.keyPointCount).toBe(count);
      const order = doc!.groups.map((g) => GGE_TOPICS.indexOf(g.topic));
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(doc!.url).toMatch(/^https:\/\/undocs\.org\//);
    }
  });

  it("returns null for an unknown slug", async () => {
    expect(await getGgeDocument("a-99-999", "en")).toBeNull();
  });
});

describe("GGE comparison", () => {
  it("counts key points per topic and document as the table holds them", async () => {
    const { documents } = await getGgeComparison("en");
    expect(documents.map((d) => d.slug).sort()).toEqual([...REPORTS].sort());
    for (const doc of documents)
      for (const topic of GGE_TOPICS) {
        const independent = await prisma.ggeKeyPoint.count({ where: { document: { slug: doc.slug }, topic } });
        expect(doc.topics[topic].count, `${doc.slug} ${topic}`).toBe(independent);
        expect(doc.topics[topic].points).toHaveLength(independent);
      }
  });

  it("works out who joined and who left at each session", async () => {
    const { changes, matrix } = await getGgeComparison("en");
    const members = async (number: number) => new Set((await prisma.ggeSessionMember.findMany({ where: { session: { number } } })).map((m) => m.countryCode));
    for (const change of changes.slice(1)) {
      const [before, now] = [await members(change.number - 1), await members(change.number)];
      expect(change.joined.map((m) => m.code).sort()).toEqual([...now].filter((c) => !before.has(c)).sort());
      expect(change.left.map((m) => m.code).sort()).toEqual([...before].filter((c) => !now.has(c)).sort());
    }
    const distinct = await prisma.ggeSessionMember.findMany({ distinct: ["countryCode"], select: { countryCode: true } });
    expect(matrix).toHaveLength(distinct.length);
    expect(matrix.find((c) => c.code === "JP")?.sessions).toEqual([3, 4, 5]);
  });
});

describe("sources and typology", () => {
  it("counts the records that cite each source document", async () => {
    const sources = await listSourceDocuments("en");
    expect(sources.length).toBe(await prisma.sourceDocument.count());
    for (const source of sources) {
      const where = { source: { slug: source.slug } };
      expect(source.counts.initiatives).toBe(await prisma.initiative.count({ where: { ...where, status: "published" } }));
      expect(source.counts.organisations).toBe(await prisma.organisation.count({ where }));
      expect(source.counts.ggeDocuments).toBe(await prisma.ggeDocument.count({ where }));
      expect(source.counts.events).toBe(await prisma.event.count({ where }));
      expect(source.contribution.length).toBeGreaterThan(0);
    }
    expect(sources.find((s) => s.slug === "murakami-2018")?.counts.initiatives).toBeGreaterThan(100);
  });

  it("lists the approaches in the thesis's order with their organisations", async () => {
    const approaches = await listApproaches("en");
    const stored = await prisma.approach.findMany({ orderBy: { position: "asc" }, include: { _count: { select: { organisations: true } } } });
    expect(approaches.map((a) => a.slug)).toEqual(stored.map((a) => a.slug));
    approaches.forEach((a, i) => expect(a.organisations).toHaveLength(stored[i]._count.organisations));
  });
});
