import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { writeInitiative, UnknownReferenceError } from "../../lib/db/initiative-write";
import { searchInitiatives } from "../../lib/db/initiative-search";
import { initiativeInputSchema } from "../../lib/validations/initiative";
import { initiativeSearchSchema } from "../../lib/validations/search";

const slug = "test-zephyr-initiative";
const input = initiativeInputSchema.parse({
  slug,
  originalLocale: "fr",
  status: "published",
  name: { fr: "Initiative zéphyrienne de cybersécurité" },
  summary: { fr: "Formation des équipes à Tōkyō", ja: "東京でのテスト研修" },
  organisations: [{ org: "jica", column: "donor" }],
  recipientCountries: ["TH"],
  themes: ["awareness"],
  period: { startYear: 2020, endYear: null, ongoing: true },
  source: { document: "murakami-2018", locator: "test" },
});
const total = async (q: string) => (await searchInitiatives(prisma, initiativeSearchSchema.parse({ q }))).total;

const cleanUp = () => prisma.initiative.deleteMany({ where: { slug } });
beforeEach(cleanUp);
afterAll(async () => {
  await cleanUp();
  await prisma.$disconnect();
});

describe("writing an initiative keeps the search index in sync", () => {
  it("indexes on create, re-indexes on update and forgets on delete", async () => {
    await prisma.$transaction((tx) => writeInitiative(tx, input));
    expect(await total("zephyrienne")).toBe(1);
    // A locale with a summary but no name keeps its text (and is searchable).
    expect(await total("東京でのテスト")).toBe(1);

    await prisma.$transaction((tx) => writeInitiative(tx, { ...input, name: { fr: "Programme boréal" } }));
    expect(await total("zephyrienne")).toBe(0);
    expect(await total("boréal")).toBe(1);

    await prisma.initiative.delete({ where: { slug } });
    expect(await total("boréal")).toBe(0);
    expect(await total("東京でのテスト")).toBe(0);
  });

  it("writes nothing when a reference is unknown", async () => {
    const bad = { ...input, organisations: [{ org: "no-such-org", column: "donor" as const, funding: false, iatiRole: null }] };
    await expect(prisma.$transaction((tx) => writeInitiative(tx, bad))).rejects.toBeInstanceOf(UnknownReferenceError);
    expect(await prisma.initiative.count({ where: { slug } })).toBe(0);
  });
});
