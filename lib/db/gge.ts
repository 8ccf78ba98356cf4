import "server-only";
import { cache } from "react";
import { prisma } from "./client";
import { localField, localName } from "./localized";
import { regionTree } from "./countries";
import type { Locale } from "../validations/common";

export const GGE_TOPICS = ["threats", "norms", "international-law", "confidence-building", "capacity-building", "other"] as const;
export type GgeTopic = (typeof GGE_TOPICS)[number];

export type GgeMember = { code: string; m49: string; name: string; regionSlug: string | null; regionName: string | null; regionM49: string };

/** The members of every session with their continent (the same region tree as the country pages); keyed by session id. */
async function sessionMembers(locale: Locale): Promise<Map<number, GgeMember[]>> {
  const [members, regions] = await Promise.all([
    prisma.ggeSessionMember.findMany({
      select: { sessionId: true, country: { select: { code: true, m49: true, regionSlug: true, nameJa: true, nameEn: true, nameFr: true } } },
    }),
    regionTree(locale),
  ]);
  const bySession = new Map<number, GgeMember[]>();
  for (const { sessionId, country } of members) {
    const continent = regions.continentOf(country.regionSlug);
    const list = bySession.get(sessionId) ?? [];
    list.push({
      code: country.code,
      m49: country.m49,
      name: localName(country, locale),
      regionSlug: continent?.slug ?? null,
      regionName: continent?.name ?? null,
      regionM49: continent?.m49 ?? "999",
    });
    bySession.set(sessionId, list);
  }
  const collator = new Intl.Collator(locale);
  for (const list of bySession.values()) list.sort((a, b) => a.regionM49.localeCompare(b.regionM49) || collator.compare(a.name, b.name));
  return bySession;
}

export type GgeSessionItem = Awaited<ReturnType<typeof getGgeSessions>>[number];

/** The five sessions in order, each with chair, outcome, members (with continents) and its documents. */
export async function getGgeSessions(locale: Locale) {
  const [sessions, members] = await Promise.all([
    prisma.ggeSession.findMany({
      orderBy: { number: "asc" },
      select: {
        id: true,
        slug: true,
        number: true,
        startYear: true,
        endYear: true,
        mandate: true,
        outcome: true,
        chairNameJa: true,
        chairNameEn: true,
        chairNameFr: true,
        summaryJa: true,
        summaryEn: true,
        summaryFr: true,
        chairCountry: { select: { code: true, nameJa: true, nameEn: true, nameFr: true } },
        documents: { select: { slug: true, symbol: true, date: true }, orderBy: { date: "asc" } },
        _count: { select: { members: true } },
      },
    }),
    sessionMembers(locale),
  ]);
  return sessions.map((s) => ({
    id: s.id,
    slug: s.slug,
    number: s.number,
    startYear: s.startYear,
    endYear: s.endYear,
    mandate: s.mandate,
    outcome: s.outcome,
    summary: localField(s, "summary", locale) ?? "",
    chairName: localField(s, "chairName", locale),
    chairCountry: s.chairCountry ? { code: s.chairCountry.code, name: localName(s.chairCountry, locale) } : null,
    documents: s.documents,
    memberCount: s._count.members,
    members: members.get(s.id) ?? [],
  }));
}

/** The founding resolution and the later UN events (the OEWG) that the sources record, for the timeline's ends. */
export async function getGgeMilestones(locale: Locale) {
  const [resolutions, events] = await Promise.all([
    prisma.ggeDocument.findMany({
      where: { sessionId: null },
      orderBy: { date: "asc" },
      select: { slug: true, symbol: true, date: true, titleJa: true, titleEn: true, titleFr: true, summaryJa: true, summaryEn: true, summaryFr: true },
    }),
    prisma.event.findMany({
      where: { slug: { startsWith: "oewg-" } },
      orderBy: { date: "asc" },
      select: {
        slug: true,
        date: true,
        nameJa: true,
        nameEn: true,
        nameFr: true,
        summaryJa: true,
        summaryEn: true,
        summaryFr: true,
        locationJa: true,
        locationEn: true,
        locationFr: true,
      },
    }),
  ]);
  return {
    resolutions: resolutions.map((d) => ({
      slug: d.slug,
      symbol: d.symbol,
      date: d.date,
      title: localField(d, "title", locale) ?? d.symbol,
      summary: localField(d, "summary", locale) ?? "",
    })),
    events: events.map((e) => ({
      slug: e.slug,
      date: e.date,
      name: localName(e, locale),
      summary: localField(e, "summary", locale) ?? "",
      location: localField(e, "location", locale),
    })),
  };
}

/** One GGE document with its key points grouped by topic (in the fixed topic order), or null; cached per request (metadata and page). */
export const getGgeDocument = cache(async function getGgeDocument(slug: string, locale: Locale) {
  const doc = await prisma.ggeDocument.findUnique({
    where: { slug },
    select: {
      slug: true,
      symbol: true,
      kind: true,
      date: true,
      url: true,
      sourceLocator: true,
      titleJa: true,
      titleEn: true,
      titleFr: true,
      summaryJa: true,
      summaryEn: true,
      summaryFr: true,
      session: { select: { slug: true, number: true, startYear: true, endYear: true, outcome: true } },
      source: { select: { titleJa: true, titleEn: true, titleFr: true } },
      keyPoints: { orderBy: { position: "asc" }, select: { id: true, topic: true, paragraphs: true, textJa: true, textEn: true, textFr: true } },
    },
  });
  if (!doc) return null;
  const groups = GGE_TOPICS.map((topic) => ({
    topic,
    points: doc.keyPoints.filter((p) => p.topic === topic).map((p) => ({ id: p.id, paragraphs: p.paragraphs, text: localField(p, "text", locale) ?? "" })),
  })).filter((g) => g.points.length > 0);
  return {
    slug: doc.slug,
    symbol: doc.symbol,
    kind: doc.kind,
    date: doc.date,
    url: doc.url,
    title: localField(doc, "title", locale) ?? doc.symbol,
    summary: localField(doc, "summary", locale) ?? "",
    session: doc.session,
    source: { title: localField(doc.source, "title", locale) ?? "", locator: doc.sourceLocator },
    keyPointCount: doc.keyPoints.length,
    groups,
  };
});

/** Members over time (who joined and who left at each session) and key points per topic per report. */
export async function getGgeComparison(locale: Locale) {
  const [sessions, counts, points] = await Promise.all([
    getGgeSessions(locale),
    prisma.ggeKeyPoint.groupBy({ by: ["documentId", "topic"], _count: { _all: true } }),
    prisma.ggeDocument.findMany({
      orderBy: { date: "asc" },
      select: {
        id: true,
        slug: true,
        symbol: true,
        date: true,
        keyPoints: { orderBy: { position: "asc" }, select: { id: true, topic: true, paragraphs: true, textJa: true, textEn: true, textFr: true } },
      },
    }),
  ]);
  const countries = new Map<string, GgeMember & { sessions: Set<number> }>();
  for (const session of sessions)
    for (const member of session.members) {
      const entry = countries.get(member.code) ?? { ...member, sessions: new Set<number>() };
      entry.sessions.add(session.number);
      countries.set(member.code, entry);
    }
  const collator = new Intl.Collator(locale);
  const matrix = [...countries.values()]
    .sort((a, b) => b.sessions.size - a.sessions.size || collator.compare(a.name, b.name))
    .map((c) => ({ code: c.code, name: c.name, regionName: c.regionName, sessions: [...c.sessions].sort() }));
  const changes = sessions.map((session, index) => {
    const before = new Set(index ? sessions[index - 1].members.map((m) => m.code) : []);
    const now = new Set(session.members.map((m) => m.code));
    return {
      number: session.number,
      joined: index ? session.members.filter((m) => !before.has(m.code)) : [],
      left: index ? sessions[index - 1].members.filter((m) => !now.has(m.code)) : [],
    };
  });
  const countOf = (documentId: number, topic: string) => counts.find((c) => c.documentId === documentId && c.topic === topic)?._count._all ?? 0;
  const documents = points.map((d) => ({
    slug: d.slug,
    symbol: d.symbol,
    date: d.date,
    topics: Object.fromEntries(
      GGE_TOPICS.map((topic) => [
        topic,
        {
          count: countOf(d.id, topic),
          points: d.keyPoints.filter((p) => p.topic === topic).map((p) => ({ id: p.id, paragraphs: p.paragraphs, text: localField(p, "text", locale) ?? "" })),
        },
      ]),
    ) as Record<GgeTopic, { count: number; points: { id: number; paragraphs: string | null; text: string }[] }>,
  }));
  return { sessions, matrix, changes, documents };
}
