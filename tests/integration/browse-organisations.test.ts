import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { expectNewestOf } from "./ref-list-expectations";
import { getOrganisationDetail, organisationCounts, organisationFilterOptions } from "../../lib/db/organisations";

afterAll(() => prisma.$disconnect());

const published = { status: "published" } as const;
const roleCount = (slug: string, link: object) =>
  prisma.initiative.count({ where: { ...published, organisations: { some: { organisation: { slug }, ...link } } } });
const funding = { OR: [{ funding: true }, { iatiRole: 1 }] };
const roleIds = async (slug: string, link: object) =>
  new Set(
    (await prisma.initiative.findMany({ where: { ...published, organisations: { some: { organisation: { slug }, ...link } } }, select: { id: true } })).map(
      (row) => row.id,
    ),
  );

describe("organisation counts", () => {
  it("match independent Prisma counts per role", async () => {
    const rows = await organisationCounts("en");
    expect(rows.length).toBe(await prisma.organisation.count({ where: { initiatives: { some: { initiative: published } } } }));
    for (const row of rows.slice(0, 25)) {
      expect(row.asDonor, row.slug).toBe(await roleCount(row.slug, { column: "donor" }));
      expect(row.asPartner, row.slug).toBe(await roleCount(row.slug, { column: "partner" }));
      expect(row.asFunder, row.slug).toBe(await roleCount(row.slug, funding));
    }
  });

  it("filter by type and home country", async () => {
    const governments = await organisationCounts("fr", { type: "government" });
    expect(governments.length).toBeGreaterThan(0);
    expect(governments.every((row) => row.type === "government")).toBe(true);
    const british = await organisationCounts("ja", { country: "GB" });
    expect(british.every((row) => row.countryCode === "GB")).toBe(true);
    expect(british.map((row) => row.slug)).toContain("gb-fco");
    const options = await organisationFilterOptions("en");
    expect(options.types.find((option) => option.value === "government")?.count).toBe(governments.length);
    expect(options.countries.find((option) => option.value === "GB")?.count).toBe(british.length);
  });
});

describe("organisation detail", () => {
  it("lists initiatives per role, funders included whatever the column", async () => {
    const org = (await getOrganisationDetail("gb-fco", "en"))!;
    await expectNewestOf(org.asDonor, await roleIds("gb-fco", { column: "donor" }), "donor");
    await expectNewestOf(org.asPartner, await roleIds("gb-fco", { column: "partner" }), "partner");
    await expectNewestOf(org.asFunder, await roleIds("gb-fco", funding), "funder");
    expect(org.country?.code).toBe("GB");
    expect(org.approach).toMatchObject({ slug: "uk-model", viaCountry: false });
    expect((await getOrganisationDetail("jp-mofa", "en"))?.approach).toMatchObject({ slug: "japan-proposed-model", viaCountry: true });
    // Only government bodies take their country's approach; an international body without one has none.
    const itu = await prisma.organisation.findUniqueOrThrow({ where: { slug: "itu" }, select: { approachId: true } });
    expect(itu.approachId).not.toBeNull();
    const company = await prisma.organisation.findFirst({
      where: { type: "private", approachId: null, country: { approaches: { some: {} } }, initiatives: { some: { initiative: { status: "published" } } } },
      select: { slug: true },
    });
    if (company) expect((await getOrganisationDetail(company.slug, "en"))?.approach).toBeNull();
  });

  it("maps the countries its initiatives reach and its co-occurring partners", async () => {
    const org = (await getOrganisationDetail("gb-fco", "en"))!;
    const involved = { organisations: { some: { organisation: { slug: "gb-fco" } } } };
    for (const country of org.countries.slice(0, 5)) {
      const count = await prisma.initiative.count({
        where: { ...published, ...involved, countries: { some: { countryCode: country.code } } },
      });
      expect(country.count, country.code).toBe(count);
    }
    const partner = org.partners[0];
    expect(partner.slug).not.toBe("gb-fco");
    expect(partner.count).toBe(
      await prisma.initiative.count({ where: { ...published, AND: [involved, { organisations: { some: { organisation: { slug: partner.slug } } } }] } }),
    );
  });

  it("returns null for unknown or malformed slugs", async () => {
    for (const slug of ["no-such-org", "GB-FCO", "../etc", ""]) expect(await getOrganisationDetail(slug, "en"), slug).toBeNull();
  });
});
