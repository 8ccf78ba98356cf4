import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { databaseEngine, databaseFilePath } from "../../lib/env";
import { writeSearchDocuments } from "../../lib/db/initiative-write";
import { allConcepts } from "../../lib/search/aliases";
import { conceptToken, vocabularyStamp } from "../../lib/search/concept-tokens";
import { expandQuery } from "../../lib/search/query-expansion";
import { ftsExpression, sqliteTextIndex } from "../../lib/search/text-index-sqlite";
import { isIndexable, type QueryGroup } from "../../lib/search/text-index";

// SQLite only: the concept columns are the FTS5 index's (PostgreSQL matches every name with its trigram indexes).
const onSqlite = databaseEngine(process.env.DATABASE_URL) === "sqlite";
const db = onSqlite ? new Database(databaseFilePath(), { readonly: true }) : null;
const SLUG = "test-concept-marks";

afterAll(async () => {
  db?.close();
  await prisma.initiative.deleteMany({ where: { slug: SLUG } });
  await prisma.$disconnect();
});

const indexed = (groups: QueryGroup[]) => groups.filter((g) => g.alternatives.some(isIndexable) || g.words?.length);
const matched = new Map<string, Set<number>>();
/** Ids matching an expression; the names of one concept typed one by one give the same phrases in another order. */
function idsOf(expression: string) {
  const key = expression.split(" OR ").sort().join(" OR ");
  let ids = matched.get(key);
  if (!ids) {
    ids = new Set(db!.prepare(`SELECT rowid FROM "initiative_text_index" WHERE "initiative_text_index" MATCH ?`).pluck().all(expression) as number[]);
    matched.set(key, ids);
  }
  return ids;
}
const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe.skipIf(!onSqlite)("concept marks in the text index", () => {
  it("records the vocabulary the documents were written with", async () => {
    expect(await sqliteTextIndex.vocabulary()).toBe(vocabularyStamp());
  });

  it("a query naming a concept looks up its token instead of its names", () => {
    const groups = expandQuery("cybersecurity");
    const expression = ftsExpression(groups, true);
    const cyber = allConcepts().findIndex((c) => c.kind === "term" && c.id === "cybersecurity");
    expect(expression).toContain(conceptToken(cyber));
    expect(expression).not.toMatch(/cyber/i);
    expect(ftsExpression(groups, false)).toMatch(/cybersécurité/);
  });

  it("matches exactly the documents the names would match, for every name of every concept", () => {
    let compared = 0;
    let nonEmpty = 0;
    for (const concept of allConcepts())
      for (const form of concept.forms) {
        const groups = indexed(expandQuery(form));
        if (!groups.length) continue;
        const byNames = idsOf(ftsExpression(groups, false));
        const byTokens = idsOf(ftsExpression(groups, true));
        expect(sorted(byTokens), `${concept.kind} ${concept.id}: "${form}"`).toEqual(sorted(byNames));
        compared++;
        if (byNames.size) nonEmpty++;
      }
    expect(compared).toBeGreaterThan(2000);
    expect(nonEmpty).toBeGreaterThan(300);
  }, 300_000);

  it("matches the same documents for multi-word queries and terms typed in another spelling", () => {
    for (const q of [
      "incident response Kenya",
      "CERT",
      "cyber-security",
      "ＣＳＩＲＴ",
      "capacity building ASEAN",
      "サイバー・セキュリティ 人材",
      "sécurité numérique",
    ]) {
      const groups = indexed(expandQuery(q));
      expect(sorted(idsOf(ftsExpression(groups, true))), q).toEqual(sorted(idsOf(ftsExpression(groups, false))));
    }
  });

  it("marks a document when it is written, and queries look for every name while the marks are stale", async () => {
    const source = await prisma.sourceDocument.findFirstOrThrow({ select: { id: true } });
    const created = await prisma.initiative.create({
      data: {
        slug: SLUG,
        originalLocale: "fr",
        status: "draft",
        sourceDocumentId: source.id,
        sourceLocator: "test",
        texts: { create: { locale: "fr", name: "Atelier de cyber-sécurité pour les équipes zqxj", summary: "Formation" } },
      },
    });
    await prisma.$transaction((tx) => writeSearchDocuments(tx, [created.id]));
    matched.clear();
    const groups = expandQuery("cybersecurity");
    expect((await sqliteTextIndex.match(groups)).has(created.id)).toBe(true);
    expect(idsOf(ftsExpression(groups, true)).has(created.id)).toBe(true);

    // A document written with a different vocabulary: its marks cannot be trusted, every name is looked for.
    await prisma.$executeRawUnsafe(`UPDATE "initiative_text_index_state" SET vocabulary = 'stale' WHERE id = 1`);
    await prisma.$executeRawUnsafe(`DELETE FROM "initiative_text_index" WHERE rowid = ?`, created.id);
    await prisma.$executeRawUnsafe(
      `INSERT INTO "initiative_text_index" (rowid, names, entities, body, words, concept_names, concept_entities, concept_body) VALUES (?, 'cyber-sécurité zqxj', '', '', '', '', '', '')`,
      created.id,
    );
    try {
      expect((await sqliteTextIndex.match(groups)).has(created.id)).toBe(true);
    } finally {
      await prisma.$executeRawUnsafe(`UPDATE "initiative_text_index_state" SET vocabulary = ? WHERE id = 1`, vocabularyStamp());
    }
    expect((await sqliteTextIndex.match(groups)).has(created.id)).toBe(false);
  });
});
