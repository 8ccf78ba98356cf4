import "server-only";
import { prisma } from "./client";
import { writeAudit } from "./audit";
import type { GgeDocumentInput, GgeSessionInput } from "../validations/gge-form";
import type { GgeTopic } from "../validations/reference";

type Mode = { create: true } | { create: false; slug: string };
export type GgeSaveResult =
  | { status: "saved"; slug: string }
  | { status: "notFound" }
  | { status: "slugTaken" }
  | { status: "symbolTaken" }
  | { status: "unknown"; field: string; values: string[] };

const citation = (row: { source: { slug: string }; sourceLocator: string }, line?: number | null) => ({
  document: row.source.slug,
  locator: row.sourceLocator,
  ...(line ? { line } : {}),
});

/** Sessions and documents for the admin list. */
export async function listAdminGge() {
  const [sessions, documents] = await Promise.all([
    prisma.ggeSession.findMany({ orderBy: { number: "asc" }, select: { slug: true, number: true, startYear: true, endYear: true } }),
    prisma.ggeDocument.findMany({
      orderBy: { date: "asc" },
      select: { slug: true, symbol: true, date: true, titleEn: true, _count: { select: { keyPoints: true } } },
    }),
  ]);
  return { sessions, documents };
}

/** A session in the seed's input shape (the form edits exactly what the seed file holds). */
export async function getGgeSessionInput(slug: string): Promise<GgeSessionInput | null> {
  const row = await prisma.ggeSession.findUnique({
    where: { slug },
    include: { source: { select: { slug: true } }, members: { select: { countryCode: true }, orderBy: { countryCode: "asc" } } },
  });
  if (!row) return null;
  const chairName = row.chairNameJa && row.chairNameEn && row.chairNameFr ? { ja: row.chairNameJa, en: row.chairNameEn, fr: row.chairNameFr } : null;
  return {
    slug: row.slug,
    number: row.number,
    startYear: row.startYear,
    endYear: row.endYear,
    mandate: row.mandate,
    chair: { name: chairName, country: row.chairCountryCode },
    members: row.members.map((m) => m.countryCode),
    outcome: row.outcome as GgeSessionInput["outcome"],
    summary: { ja: row.summaryJa, en: row.summaryEn, fr: row.summaryFr },
    source: citation(row),
  };
}

export async function getGgeDocumentInput(slug: string): Promise<GgeDocumentInput | null> {
  const row = await prisma.ggeDocument.findUnique({
    where: { slug },
    include: { source: { select: { slug: true } }, session: { select: { slug: true } }, keyPoints: { orderBy: { position: "asc" } } },
  });
  if (!row) return null;
  return {
    slug: row.slug,
    symbol: row.symbol,
    kind: row.kind as GgeDocumentInput["kind"],
    date: row.date,
    session: row.session?.slug ?? null,
    title: { ja: row.titleJa, en: row.titleEn, fr: row.titleFr },
    summary: { ja: row.summaryJa, en: row.summaryEn, fr: row.summaryFr },
    url: row.url,
    keyPoints: row.keyPoints.map((p) => ({ topic: p.topic as GgeTopic, paragraphs: p.paragraphs, text: { ja: p.textJa, en: p.textEn, fr: p.textFr } })),
    source: citation(row),
  };
}

async function missingCountries(codes: string[]) {
  const found = await prisma.country.findMany({ where: { code: { in: codes } }, select: { code: true } });
  const known = new Set(found.map((c) => c.code));
  return [...new Set(codes)].filter((code) => !known.has(code));
}

/** Creates or updates a session with its members; the change and an audit entry are written together. */
export async function saveGgeSession(input: GgeSessionInput, mode: Mode, userId: string): Promise<GgeSaveResult> {
  const slug = mode.create ? input.slug : mode.slug;
  const source = await prisma.sourceDocument.findUnique({ where: { slug: input.source.document }, select: { id: true } });
  if (!source) return { status: "unknown", field: "source.document", values: [input.source.document] };
  const unknownMembers = await missingCountries(input.members);
  if (unknownMembers.length) return { status: "unknown", field: "members", values: unknownMembers };
  if (input.chair.country && (await missingCountries([input.chair.country])).length)
    return { status: "unknown", field: "chair.country", values: [input.chair.country] };
  const before = await getGgeSessionInput(slug);
  if (mode.create && before) return { status: "slugTaken" };
  if (!mode.create && !before) return { status: "notFound" };
  const after = { ...input, slug };
  const fields = {
    number: input.number,
    startYear: input.startYear,
    endYear: input.endYear,
    mandate: input.mandate,
    chairNameJa: input.chair.name?.ja ?? null,
    chairNameEn: input.chair.name?.en ?? null,
    chairNameFr: input.chair.name?.fr ?? null,
    chairCountryCode: input.chair.country,
    outcome: input.outcome,
    summaryJa: input.summary.ja,
    summaryEn: input.summary.en,
    summaryFr: input.summary.fr,
    sourceDocumentId: source.id,
    sourceLocator: input.source.locator,
  };
  await prisma.$transaction(async (tx) => {
    const row = await tx.ggeSession.upsert({ where: { slug }, create: { slug, ...fields }, update: fields, select: { id: true } });
    await tx.ggeSessionMember.deleteMany({ where: { sessionId: row.id } });
    await tx.ggeSessionMember.createMany({ data: [...new Set(input.members)].map((countryCode) => ({ sessionId: row.id, countryCode })) });
    await writeAudit(tx, { userId, entity: "gge-session", entitySlug: slug, action: mode.create ? "create" : "update", before, after });
  });
  return { status: "saved", slug };
}

/** Creates or updates a document with its key points (replaced in the order given), audited in the same transaction. */
export async function saveGgeDocument(input: GgeDocumentInput, mode: Mode, userId: string): Promise<GgeSaveResult> {
  const slug = mode.create ? input.slug : mode.slug;
  const source = await prisma.sourceDocument.findUnique({ where: { slug: input.source.document }, select: { id: true } });
  if (!source) return { status: "unknown", field: "source.document", values: [input.source.document] };
  const session = input.session ? await prisma.ggeSession.findUnique({ where: { slug: input.session }, select: { id: true } }) : null;
  if (input.session && !session) return { status: "unknown", field: "session", values: [input.session] };
  const before = await getGgeDocumentInput(slug);
  if (mode.create && before) return { status: "slugTaken" };
  if (!mode.create && !before) return { status: "notFound" };
  const sameSymbol = await prisma.ggeDocument.findUnique({ where: { symbol: input.symbol }, select: { slug: true } });
  if (sameSymbol && sameSymbol.slug !== slug) return { status: "symbolTaken" };
  const after = { ...input, slug };
  const fields = {
    symbol: input.symbol,
    kind: input.kind,
    date: input.date,
    sessionId: session?.id ?? null,
    titleJa: input.title.ja,
    titleEn: input.title.en,
    titleFr: input.title.fr,
    summaryJa: input.summary.ja,
    summaryEn: input.summary.en,
    summaryFr: input.summary.fr,
    url: input.url,
    sourceDocumentId: source.id,
    sourceLocator: input.source.locator,
  };
  await prisma.$transaction(async (tx) => {
    const row = await tx.ggeDocument.upsert({ where: { slug }, create: { slug, ...fields }, update: fields, select: { id: true } });
    await tx.ggeKeyPoint.deleteMany({ where: { documentId: row.id } });
    await tx.ggeKeyPoint.createMany({
      data: input.keyPoints.map((p, position) => ({
        documentId: row.id,
        position,
        topic: p.topic,
        paragraphs: p.paragraphs,
        textJa: p.text.ja,
        textEn: p.text.en,
        textFr: p.text.fr,
      })),
    });
    await writeAudit(tx, { userId, entity: "gge-document", entitySlug: slug, action: mode.create ? "create" : "update", before, after });
  });
  return { status: "saved", slug };
}
