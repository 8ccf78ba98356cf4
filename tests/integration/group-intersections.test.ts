import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";

afterAll(() => prisma.$disconnect());

/** Slugs of the published initiatives that reach a country through one of their recipient groups. */
async function reachedThroughGroups(countryCode: string) {
  const rows = await prisma.initiative.findMany({
    where: { status: "published", groups: { some: { group: { members: { some: { countryCode } } } } } },
    select: { slug: true },
  });
  return rows.map((r) => r.slug);
}

describe("derived groups (intersections)", () => {
  it("Commonwealth countries in Asia are the Commonwealth members in M49 Asia", async () => {
    const members = await prisma.groupMember.findMany({ where: { group: { slug: "commonwealth-in-asia" } }, select: { countryCode: true } });
    expect(members.map((m) => m.countryCode).sort()).toEqual(["BD", "BN", "CY", "IN", "LK", "MY", "PK", "SG"]);
  });

  it("Viet Nam is not reached by the Commonwealth parliamentary project; a Commonwealth Asian country is", async () => {
    expect(await reachedThroughGroups("VN")).not.toContain("commonwealth-cybersecurity-cybercrime-project");
    expect(await reachedThroughGroups("MY")).toContain("commonwealth-cybersecurity-cybercrime-project");
  });

  it("the workshops for Commonwealth countries in Africa, Asia-Pacific and the Caribbean skip other members", async () => {
    const slug = "parliamentarians-ministers-officials-capacity-building-workshops";
    expect(await reachedThroughGroups("GB")).not.toContain(slug);
    expect(await reachedThroughGroups("VN")).not.toContain(slug);
    expect(await reachedThroughGroups("JM")).toContain(slug);
    expect(await reachedThroughGroups("FJ")).toContain(slug);
  });

  it("marks the groups that stand for every country as global", async () => {
    const global = await prisma.group.findMany({ where: { scope: "global" }, select: { slug: true }, orderBy: { slug: "asc" } });
    expect(global.map((g) => g.slug)).toEqual(["developing-countries", "interpol-members", "un-member-states", "world"]);
    expect((await prisma.group.findUnique({ where: { slug: "asean" }, select: { scope: true } }))?.scope).toBe("group");
  });
});
