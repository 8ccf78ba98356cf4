import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { databaseEngine } from "../../lib/env";
import { postgresTextIndex as index } from "../../lib/search/text-index-postgres";
import type { QueryGroup, SearchDocument } from "../../lib/search/text-index";

// Runs against PostgreSQL only (npm run test:pg); the SQLite dialect has its own tests.
const onPostgres = databaseEngine(process.env.DATABASE_URL) === "postgresql";

let ids: number[] = [];
let draftId = 0;
const doc = (i: number, fields: Partial<SearchDocument>): SearchDocument => ({
  initiativeId: ids[i],
  names: "",
  body: "",
  entities: "",
  words: "",
  conceptNames: "",
  conceptEntities: "",
  conceptBody: "",
  ...fields,
});
const words = (...terms: string[]): QueryGroup[] => terms.map((term) => ({ alternatives: [term] }));
// The seed indexes every seeded initiative too: only this test's documents are looked at.
const matchIds = async (groups: QueryGroup[]) =>
  [...(await index.match(groups))]
    .filter(([id]) => ids.slice(0, 4).includes(id) || id === draftId)
    .sort((a, b) => a[1] - b[1] || a[0] - b[0])
    .map(([id]) => id);

describe.skipIf(!onPostgres)("PostgreSQL text index", () => {
  beforeAll(async () => {
    ids = (await prisma.initiative.findMany({ where: { status: "published" }, orderBy: { id: "asc" }, take: 5, select: { id: true } })).map((r) => r.id);
    const source = await prisma.sourceDocument.findFirstOrThrow({ select: { id: true } });
    draftId = (
      await prisma.initiative.create({
        data: { slug: "test-text-index-draft", originalLocale: "en", status: "draft", sourceDocumentId: source.id, sourceLocator: "test" },
      })
    ).id;
    await prisma.$transaction((tx) =>
      index.write(
        tx,
        [
          doc(0, { names: "サイバー犯罪対策の能力構築 : sécurité, renforcement des capacités", body: "Sécurité des réseaux, 100% en ligne" }),
          doc(1, { names: "Cyber hygiene", body: "Formation à la cyberdéfense pour les équipes", entities: "JICA 国際協力機構" }),
          doc(2, { names: "Réseau régional", entities: "Sécurité Agence", body: "under_score and back\\slash" }),
          doc(3, { names: "Programme 1000", body: "sécurité" }),
          { ...doc(0, { names: "Sécurité brouillon サイバー犯罪" }), initiativeId: draftId },
        ],
        [],
      ),
    );
  });

  afterAll(async () => {
    await prisma.$executeRawUnsafe(`DELETE FROM "InitiativeSearchDocument"`);
    await prisma.initiative.deleteMany({ where: { slug: "test-text-index-draft" } });
    await prisma.$disconnect();
  });

  it("finds Japanese words inside Japanese text, two-character words included", async () => {
    expect(await matchIds(words("犯罪対策"))).toEqual([ids[0]]);
    expect(await matchIds(words("犯罪"))).toEqual([ids[0]]);
    expect(await matchIds(words("協力機構"))).toEqual([ids[1]]);
  });

  it("ignores accents and case in French", async () => {
    expect(new Set(await matchIds(words("SECURITE")))).toEqual(new Set([ids[0], ids[2], ids[3]]));
    expect(await matchIds(words("reseau regional"))).toEqual([ids[2]]);
    expect(await matchIds(words("CYBERDEFENSE"))).toEqual([ids[1]]);
  });

  it("needs every group and any alternative of a group", async () => {
    expect(await matchIds(words("sécurité", "capacités"))).toEqual([ids[0]]);
    expect(await matchIds(words("sécurité", "hygiene"))).toEqual([]);
    expect(new Set(await matchIds([{ alternatives: ["hygiene", "1000"] }]))).toEqual(new Set([ids[1], ids[3]]));
    expect(await matchIds([{ alternatives: ["  ", ""] }])).toEqual([]);
  });

  it("treats query syntax as plain text", async () => {
    expect(await matchIds(words("100%"))).toEqual([ids[0]]);
    expect(await matchIds(words("100_"))).toEqual([]);
    expect(await matchIds(words("under_score"))).toEqual([ids[2]]);
    expect(await matchIds(words("under%score"))).toEqual([]);
    expect(await matchIds(words("back\\slash"))).toEqual([ids[2]]);
    expect(await matchIds(words("' OR 1=1 --"))).toEqual([]);
  });

  it("ranks a match in names above entities above body", async () => {
    const scores = await index.match(words("sécurité"));
    expect(await matchIds(words("sécurité"))).toEqual([ids[0], ids[2], ids[3]]);
    // Names and body (0) beat entities (2), which beat body alone (3).
    expect(scores.get(ids[0])!).toBeLessThan(scores.get(ids[2])!);
    expect(scores.get(ids[2])!).toBeLessThan(scores.get(ids[3])!);
  });

  it("returns published initiatives only", async () => {
    expect(await matchIds(words("brouillon"))).toEqual([]);
  });

  it("matches a group through the initiative's countries", async () => {
    const country = await prisma.initiativeCountry.findFirstOrThrow({ where: { initiativeId: { in: ids.slice(0, 4) } } });
    const found = await matchIds([{ alternatives: ["zzz-nowhere"], countryCodes: [country.countryCode] }]);
    expect(found).toContain(country.initiativeId);
  });

  it("replaces and deletes documents", async () => {
    await prisma.$transaction((tx) => index.write(tx, [doc(3, { names: "Programme 2000" })], [ids[1]]));
    expect(await matchIds(words("1000"))).toEqual([]);
    expect(await matchIds(words("2000"))).toEqual([ids[3]]);
    expect(await matchIds(words("hygiene"))).toEqual([]);
  });

  it("serves terms of three characters or more from the trigram indexes", async () => {
    const plan = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      const rows = (await tx.$queryRawUnsafe(`EXPLAIN SELECT 1 FROM "InitiativeSearchDocument" d WHERE d."names" LIKE portal_search_fold('%犯罪対策%')`)) as {
        "QUERY PLAN": string;
      }[];
      return rows.map((row) => row["QUERY PLAN"]).join("\n");
    });
    expect(plan).toContain("InitiativeSearchDocument_names_trgm");
  });
});
