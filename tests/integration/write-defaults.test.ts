import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { writeInitiative } from "../../lib/db/initiative-write";
import { searchInitiatives } from "../../lib/db/initiatives";
import { initiativeInputSchema } from "../../lib/validations/initiative";
import { initiativeSearchSchema } from "../../lib/validations/search";

const PREFIX = "test-write-defaults";
const base = {
  originalLocale: "fr",
  name: { fr: "Initiative de contrôle des valeurs par défaut" },
  organisations: [{ org: "jica", column: "donor" }],
  recipientCountries: ["TH"],
  period: { startYear: 2020, endYear: 2021 },
  source: { document: "murakami-2018", locator: "test" },
};
const slugs = async (search: Record<string, unknown>) =>
  (await searchInitiatives(initiativeSearchSchema.parse({ pageSize: 100, ...search }))).items.map((item) => item.slug);

const cleanUp = () => prisma.initiative.deleteMany({ where: { slug: { startsWith: PREFIX } } });
beforeEach(cleanUp);
afterAll(cleanUp);

describe("a record created without a status", () => {
  it("is a draft, in the schema shared by form, API and seed", () => {
    expect(initiativeInputSchema.parse({ ...base, slug: `${PREFIX}-a`, themes: ["awareness"] }).status).toBe("draft");
  });

  it("is a draft in the database too, and stays out of the catalogue", async () => {
    const source = await prisma.sourceDocument.findFirstOrThrow({ select: { id: true } });
    await prisma.initiative.create({ data: { slug: `${PREFIX}-b`, originalLocale: "fr", sourceDocumentId: source.id, sourceLocator: "test" } });
    expect((await prisma.initiative.findUniqueOrThrow({ where: { slug: `${PREFIX}-b` } })).status).toBe("draft");
    expect(await slugs({ q: "contrôle des valeurs" })).not.toContain(`${PREFIX}-b`);
  });

  it("is a draft for a direct SQL insert as well (the column's default, from the migrations)", async () => {
    const columns = await prisma.$queryRaw<{ name: string; dflt_value: string | null }[]>`SELECT name, dflt_value FROM pragma_table_info('Initiative')`;
    expect(columns.find((column) => column.name === "status")?.dflt_value).toBe("'draft'");
  });
});

describe("a theme filter", () => {
  // Every seeded initiative with a sub-theme also carries its parent, so only a record like this one shows the feature works.
  it("finds an initiative tagged only with one of its sub-themes", async () => {
    const input = initiativeInputSchema.parse({ ...base, slug: `${PREFIX}-sub`, status: "published", themes: ["csirt-development"] });
    await prisma.$transaction((tx) => writeInitiative(tx, input));
    const theme = await prisma.theme.findUniqueOrThrow({ where: { slug: "csirt-development" }, select: { parentSlug: true } });
    expect(theme.parentSlug).toBe("incident-management");
    expect(await slugs({ theme: "csirt-development" })).toContain(input.slug);
    expect(await slugs({ theme: "incident-management" })).toContain(input.slug);
    expect(await slugs({ theme: "awareness" })).not.toContain(input.slug);
  });
});
