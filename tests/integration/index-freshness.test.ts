import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { mockNextRequestScope } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { databaseEngine, databaseFilePath } = await import("../../lib/env");
const { searchInitiatives } = await import("../../lib/db/initiative-search");
const { countryCounts } = await import("../../lib/db/countries");
const { topDonors } = await import("../../lib/db/home");
const { commitImport } = await import("../../lib/db/admin-import");
const { saveInitiative } = await import("../../lib/db/admin-initiatives");
const { createUser } = await import("../../lib/db/users");
const { seedDatabase } = await import("../../lib/seed/seed-database");
const { initiativeSearchSchema } = await import("../../lib/validations/search");
const { initiativeInputSchema } = await import("../../lib/validations/initiative");

const PREFIX = "freshness";
afterAll(async () => {
  await prisma.initiative.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.auditLog.deleteMany({ where: { entitySlug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
  await prisma.organisation.deleteMany({ where: { slug: { startsWith: PREFIX } } });
});

const search = (input: Record<string, unknown>) => searchInitiatives(prisma, initiativeSearchSchema.parse(input));
/** A connection of its own, as another app instance would have, that writes plain SQL past this process. */
async function otherInstance() {
  if (databaseEngine(process.env.DATABASE_URL) === "postgresql") {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    return { run: async (sql: string, slug: string) => void (await client.query(sql.replace("?", "$1"), [slug])), close: () => client.end() };
  }
  const db = new Database(databaseFilePath());
  return { run: async (sql: string, slug: string) => void db.prepare(sql).run(slug), close: async () => void db.close() };
}

const kenya = async () => (await countryCounts("en")).find((row) => row.code === "KE")?.direct ?? 0;

describe("counts stay exact and fresh after every write path", () => {
  it("a write by another process (another app instance) is visible on the next read", async () => {
    const before = await search({ country: "KE" });
    const target = before.items[0];
    const other = await otherInstance();
    try {
      await other.run(`UPDATE "Initiative" SET status = 'draft' WHERE slug = ?`, target.slug);
      const after = await search({ country: "KE" });
      expect(after.total).toBe(before.total - 1);
      expect(after.facets.country.find((o) => o.value === "KE")?.count).toBe(after.total);
      expect(await kenya()).toBe(after.total);
    } finally {
      await other.run(`UPDATE "Initiative" SET status = 'published' WHERE slug = ?`, target.slug);
      await other.close();
    }
    expect((await search({ country: "KE" })).total).toBe(before.total);
  });

  it("the dataset's last update (footer, API Last-Modified) equals the database's, and follows a write", async () => {
    const { datasetLastUpdated } = await import("../../lib/db/last-updated");
    const independent = async () => (await prisma.initiative.aggregate({ where: { status: "published" }, _max: { updatedAt: true } }))._max.updatedAt;
    expect(await datasetLastUpdated()).toEqual(await independent());
    const target = (await search({})).items[0];
    const later = new Date(Date.now() + 3_600_000);
    const { updatedAt } = await prisma.initiative.findUniqueOrThrow({ where: { slug: target.slug }, select: { updatedAt: true } });
    try {
      await prisma.initiative.update({ where: { slug: target.slug }, data: { updatedAt: later } });
      expect(await datasetLastUpdated()).toEqual(later);
      expect(await datasetLastUpdated()).toEqual(await independent());
    } finally {
      await prisma.initiative.update({ where: { slug: target.slug }, data: { updatedAt } });
    }
    expect(await datasetLastUpdated()).toEqual(await independent());
  });

  it("a CSV import shows in lists, facets and home charts before the import call returns", async () => {
    const userId = (await createUser({ email: `${PREFIX}@example.org`, name: "F", role: "editor", password: "long-enough-password" })).id;
    const kenyaBefore = await kenya();
    const donorBefore = (await topDonors("en", 1000)).find((d) => d.key === "jica")?.value ?? 0;
    const inputs = [1, 2].map((n) =>
      initiativeInputSchema.parse({
        slug: `${PREFIX}-csv-${n}`,
        originalLocale: "en",
        status: "published",
        name: { en: `Freshness ${n}` },
        organisations: [{ org: "jica", column: "donor", funding: true, iatiRole: 1 }],
        recipientCountries: ["KE"],
        themes: ["awareness"],
        period: { startYear: 2020, endYear: 2021, ongoing: false },
        source: { document: "murakami-2018", locator: "test" },
      }),
    );
    await commitImport(inputs, userId);
    expect(await kenya()).toBe(kenyaBefore + 2);
    expect((await topDonors("en", 1000)).find((d) => d.key === "jica")?.value).toBe(donorBefore + 2);
    expect((await search({ q: "Freshness" })).total).toBe(2);
  });

  it("an initiative linked to an organisation created in the same write is found by that organisation", async () => {
    await search({ donor: "jica" }); // the index exists before the organisation does
    const source = await prisma.sourceDocument.findFirstOrThrow({ select: { id: true } });
    await prisma.organisation.create({
      data: {
        slug: `${PREFIX}-new-org`,
        type: "government",
        countryCode: "KE",
        nameJa: "新組織",
        nameEn: "New Org",
        nameFr: "Nouvelle org",
        sourceDocumentId: source.id,
        sourceLocator: "test",
      },
    });
    const userId = (await prisma.user.findFirstOrThrow({ where: { email: `${PREFIX}@example.org` } })).id;
    await commitImport(
      [
        initiativeInputSchema.parse({
          slug: `${PREFIX}-with-new-org`,
          originalLocale: "en",
          status: "published",
          name: { en: "Freshness new org" },
          organisations: [{ org: `${PREFIX}-new-org`, column: "donor", funding: true, iatiRole: 1 }],
          recipientCountries: ["KE"],
          themes: ["awareness"],
          period: { startYear: 2020, endYear: 2021, ongoing: false },
          source: { document: "murakami-2018", locator: "test" },
        }),
      ],
      userId,
    );
    const result = await search({ donor: `${PREFIX}-new-org` });
    expect(result.total).toBe(1);
    expect(result.facets.donor.find((o) => o.value === `${PREFIX}-new-org`)?.count).toBe(1);
    expect((await search({ donorCountry: "KE" })).total).toBeGreaterThanOrEqual(1);
  });

  it("a result item shows what was just written, by this process or another (items are cached per state)", async () => {
    const userId = (await prisma.user.findFirstOrThrow({ where: { email: `${PREFIX}@example.org` } })).id;
    const slug = `${PREFIX}-item`;
    const input = (name: string) =>
      initiativeInputSchema.parse({
        slug,
        originalLocale: "en",
        status: "published",
        name: { en: name },
        organisations: [{ org: `${PREFIX}-new-org`, column: "donor", funding: true, iatiRole: 1 }],
        recipientCountries: ["KE"],
        themes: ["awareness"],
        period: { startYear: 2020, endYear: 2021, ongoing: false },
        source: { document: "murakami-2018", locator: "test" },
      });
    const shown = async () => (await search({ donor: `${PREFIX}-new-org`, pageSize: 100 })).items.find((item) => item.slug === slug);
    await saveInitiative(input("Item as first saved"), { expectedVersion: null, userId });
    expect((await shown())?.name.text).toBe("Item as first saved");
    expect((await shown())?.name.text).toBe("Item as first saved"); // from the cache now
    await saveInitiative(input("Item as edited"), { expectedVersion: 1, userId });
    expect((await shown())?.name.text).toBe("Item as edited");
    const other = await otherInstance();
    try {
      await other.run(`UPDATE "Organisation" SET "nameEn" = 'Renamed elsewhere' WHERE slug = ?`, `${PREFIX}-new-org`);
    } finally {
      await other.close();
    }
    expect((await shown())?.donors.map((donor) => donor.name)).toEqual(["Renamed elsewhere"]);
  });

  it("re-seeding leaves every count equal to its list", async () => {
    await seedDatabase(prisma);
    const result = await search({ country: "KE", pageSize: 100 });
    expect(result.items.length).toBe(Math.min(result.total, 100));
    expect(await kenya()).toBe(result.total);
  }, 300_000);
});
