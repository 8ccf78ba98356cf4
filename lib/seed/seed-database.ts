import type { PrismaClient } from "../generated/prisma/client";
import { canonicalInitiative, loadInitiativeInput } from "../db/initiative-input";
import { writeInitiative } from "../db/initiative-write";
import { rebuildSearchDocuments } from "../search/text-index";
import { textIndex } from "../search/text-index-engine";
import { databaseEngine } from "../env";
import { countryName } from "./country-names";
import { groupMemberSets } from "./group-members";
import { loadSeedData } from "./load-seed-data";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
function names<P extends string = "name">(value: { ja: string; en: string; fr: string }, prefix?: P) {
  const p = (prefix ?? "name") as P;
  return { [`${p}Ja`]: value.ja, [`${p}En`]: value.en, [`${p}Fr`]: value.fr } as Record<`${P}Ja` | `${P}En` | `${P}Fr`, string>;
}

export async function seedDatabase(prisma: PrismaClient, dir?: string) {
  const { data, errors } = loadSeedData(dir);
  if (errors.length) throw new Error(`seed data is invalid:\n${errors.join("\n")}`);
  const report = { initiatives: { created: 0, updated: 0, unchanged: 0, keptEdited: 0 }, organisations: 0 };

  // SQLite only: readers keep reading while a writer writes (PostgreSQL's MVCC does that already).
  if (databaseEngine() === "sqlite") await prisma.$executeRawUnsafe("PRAGMA journal_mode = WAL");
  await prisma.$transaction(
    async (tx: Tx) => {
      for (const source of data.sources) {
        const fields = {
          kind: source.kind,
          author: source.author,
          date: source.date,
          language: source.language,
          url: source.url,
          ...names(source.citeAs, "citeAs"),
          ...names(source.publisher, "publisher"),
          ...names(source.title, "title"),
          ...names(source.contribution, "contribution"),
        };
        await tx.sourceDocument.upsert({ where: { slug: source.slug }, create: { slug: source.slug, ...fields }, update: fields });
      }
      const sourceIds = new Map((await tx.sourceDocument.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));

      // Regions first (countries point at their lowest region), parents before children.
      const regionsByM49 = new Map(data.regions.map((r) => [r.m49, r]));
      for (const region of data.regions) {
        const fields = { kind: "m49-region", scope: region.scope, m49: region.m49, parentSlug: null, ...names(region.name) };
        await tx.group.upsert({ where: { slug: region.slug }, create: { slug: region.slug, ...fields }, update: fields });
      }
      for (const region of data.regions) {
        const parentSlug = region.parent ? (regionsByM49.get(region.parent)?.slug ?? null) : null;
        await tx.group.update({ where: { slug: region.slug }, data: { parentSlug } });
      }
      for (const country of data.countries) {
        const fields = {
          m49: country.m49,
          regionSlug: country.region ? (regionsByM49.get(country.region)?.slug ?? null) : null,
          nameJa: countryName(country.code, "ja"),
          nameEn: countryName(country.code, "en"),
          nameFr: countryName(country.code, "fr"),
        };
        await tx.country.upsert({ where: { code: country.code }, create: { code: country.code, ...fields }, update: fields });
      }
      for (const group of data.groups) {
        const fields = {
          kind: group.kind,
          scope: group.scope,
          acronym: group.acronym,
          membersAsOf: group.membersAsOf,
          ...names(group.name),
          noteJa: group.note?.ja ?? null,
          noteEn: group.note?.en ?? null,
          noteFr: group.note?.fr ?? null,
        };
        await tx.group.upsert({ where: { slug: group.slug }, create: { slug: group.slug, ...fields }, update: fields });
      }
      const groupIds = new Map((await tx.group.findMany({ select: { id: true, slug: true } })).map((g) => [g.slug, g.id]));
      const memberships = [...groupMemberSets(data)].flatMap(([slug, codes]) =>
        [...codes].map((countryCode) => ({ groupId: groupIds.get(slug)!, countryCode })),
      );
      await tx.groupMember.deleteMany({});
      await tx.groupMember.createMany({ data: memberships });

      for (const [position, theme] of data.themes.entries()) {
        const fields = { gfceCode: theme.gfceCode, position, ...names(theme.name) };
        await tx.theme.upsert({ where: { slug: theme.slug }, create: { slug: theme.slug, ...fields }, update: fields });
      }
      for (const theme of data.themes) await tx.theme.update({ where: { slug: theme.slug }, data: { parentSlug: theme.parent } });
      for (const [position, group] of data.targetGroups.entries()) {
        const fields = { position, ...names(group.name) };
        await tx.targetGroup.upsert({ where: { slug: group.slug }, create: { slug: group.slug, ...fields }, update: fields });
      }

      for (const approach of data.typology) {
        const fields = {
          position: approach.order,
          ...names(approach.name),
          ...names(approach.description, "description"),
          sourceDocumentId: sourceIds.get(approach.source.document)!,
          sourceLocator: approach.source.locator,
        };
        const row = await tx.approach.upsert({ where: { slug: approach.slug }, create: { slug: approach.slug, ...fields }, update: fields });
        await tx.approachCountry.deleteMany({ where: { approachId: row.id } });
        await tx.approachCountry.createMany({ data: approach.countries.map((countryCode) => ({ approachId: row.id, countryCode })) });
      }
      const approachByOrg = new Map(data.typology.flatMap((a) => a.organisations.map((org) => [org, a.slug] as const)));
      const approachIds = new Map((await tx.approach.findMany({ select: { id: true, slug: true } })).map((a) => [a.slug, a.id]));

      for (const org of data.organisations) {
        const approach = org.approach ?? approachByOrg.get(org.slug) ?? null;
        const fields = {
          acronym: org.acronym,
          type: org.type,
          countryCode: org.country,
          approachId: approach ? approachIds.get(approach)! : null,
          ...names(org.name),
          sourceName: org.sourceName,
          noteJa: org.note?.ja ?? null,
          noteEn: org.note?.en ?? null,
          noteFr: org.note?.fr ?? null,
          sourceDocumentId: sourceIds.get(org.source.document)!,
          sourceLocator: org.source.locator,
        };
        await tx.organisation.upsert({ where: { slug: org.slug }, create: { slug: org.slug, ...fields }, update: fields });
        report.organisations++;
      }

      for (const initiative of data.initiatives) {
        const existing = await loadInitiativeInput(tx, initiative.slug);
        if (!existing) {
          await writeInitiative(tx, initiative, { version: 1 });
          report.initiatives.created++;
        } else if (existing.version > 1) report.initiatives.keptEdited++;
        else if (canonicalInitiative(existing) === canonicalInitiative(initiative)) report.initiatives.unchanged++;
        else {
          await writeInitiative(tx, initiative, { version: 1 });
          report.initiatives.updated++;
        }
      }

      for (const session of data.ggeSessions) {
        const fields = {
          number: session.number,
          startYear: session.startYear,
          endYear: session.endYear,
          mandate: session.mandate,
          chairNameJa: session.chair.name?.ja ?? null,
          chairNameEn: session.chair.name?.en ?? null,
          chairNameFr: session.chair.name?.fr ?? null,
          chairCountryCode: session.chair.country,
          outcome: session.outcome,
          ...names(session.summary, "summary"),
          sourceDocumentId: sourceIds.get(session.source.document)!,
          sourceLocator: session.source.locator,
        };
        const row = await tx.ggeSession.upsert({ where: { slug: session.slug }, create: { slug: session.slug, ...fields }, update: fields });
        await tx.ggeSessionMember.deleteMany({ where: { sessionId: row.id } });
        await tx.ggeSessionMember.createMany({ data: [...new Set(session.members)].map((countryCode) => ({ sessionId: row.id, countryCode })) });
      }
      const sessionIds = new Map((await tx.ggeSession.findMany({ select: { id: true, slug: true } })).map((s) => [s.slug, s.id]));
      for (const doc of data.ggeDocuments) {
        const fields = {
          symbol: doc.symbol,
          kind: doc.kind,
          date: doc.date,
          sessionId: doc.session ? sessionIds.get(doc.session)! : null,
          ...names(doc.title, "title"),
          ...names(doc.summary, "summary"),
          url: doc.url,
          sourceDocumentId: sourceIds.get(doc.source.document)!,
          sourceLocator: doc.source.locator,
        };
        const row = await tx.ggeDocument.upsert({ where: { slug: doc.slug }, create: { slug: doc.slug, ...fields }, update: fields });
        await tx.ggeKeyPoint.deleteMany({ where: { documentId: row.id } });
        await tx.ggeKeyPoint.createMany({
          data: doc.keyPoints.map((point, position) => ({
            documentId: row.id,
            position,
            topic: point.topic,
            paragraphs: point.paragraphs,
            ...names(point.text, "text"),
          })),
        });
      }

      const orgIds = new Map((await tx.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
      const initiativeIds = new Map((await tx.initiative.findMany({ select: { id: true, slug: true } })).map((i) => [i.slug, i.id]));
      for (const event of data.events) {
        const fields = {
          date: event.date,
          ...names(event.name),
          locationJa: event.location?.ja ?? null,
          locationEn: event.location?.en ?? null,
          locationFr: event.location?.fr ?? null,
          ...names(event.summary, "summary"),
          sourceDocumentId: sourceIds.get(event.source.document)!,
          sourceLocator: event.source.locator,
        };
        const row = await tx.event.upsert({ where: { slug: event.slug }, create: { slug: event.slug, ...fields }, update: fields });
        await tx.eventOrganisation.deleteMany({ where: { eventId: row.id } });
        await tx.eventOrganisation.createMany({
          data: event.organisations.map((link) => ({ eventId: row.id, organisationId: orgIds.get(link.org)!, role: link.role })),
        });
        await tx.eventInitiative.deleteMany({ where: { eventId: row.id } });
        await tx.eventInitiative.createMany({ data: event.initiatives.map((slug) => ({ eventId: row.id, initiativeId: initiativeIds.get(slug)! })) });
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  // Organisation, country and group names are part of each search document: rewrite them all.
  await rebuildSearchDocuments(prisma, textIndex());
  return report;
}
