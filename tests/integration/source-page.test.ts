import { describe, expect, it } from "vitest";

const { prisma } = await import("../../lib/db/client");
const { getSourceDocument, SOURCE_INITIATIVES_PAGE_SIZE } = await import("../../lib/db/sources");

// A source may be cited by the whole catalogue (the thesis, by every record cloned from it): its page lists
// the initiatives a page at a time, with their exact total.
describe("a source document's page", () => {
  it("lists every published initiative citing it once, a page at a time, the thesis's rows first and in order", async () => {
    const expected = await prisma.initiative.findMany({
      where: { status: "published", source: { slug: "murakami-2018" } },
      select: { slug: true, appendixRow: true },
    });
    expect(expected.length).toBeGreaterThan(SOURCE_INITIATIVES_PAGE_SIZE); // the seed needs two pages
    const first = (await getSourceDocument("murakami-2018", "en"))!;
    expect(first.initiativeCount).toBe(expected.length);
    expect(first.initiativePage).toBe(1);
    expect(first.initiativePageCount).toBe(Math.ceil(expected.length / SOURCE_INITIATIVES_PAGE_SIZE));
    expect(first.initiatives).toHaveLength(SOURCE_INITIATIVES_PAGE_SIZE);
    const listed = [];
    for (let page = 1; page <= first.initiativePageCount; page++) listed.push(...(await getSourceDocument("murakami-2018", "en", page))!.initiatives);
    expect(listed.map((i) => i.slug).sort()).toEqual(expected.map((i) => i.slug).sort());
    const rowOf = new Map(expected.map((i) => [i.slug, i.appendixRow]));
    const rows = listed.map((i) => rowOf.get(i.slug) ?? null);
    const numbered = rows.filter((row): row is number => row !== null);
    expect(rows.slice(0, numbered.length)).toEqual(numbered); // numbered rows before the others
    expect(numbered).toEqual([...numbered].sort((a, b) => a - b));
    expect(numbered.length).toBeGreaterThan(SOURCE_INITIATIVES_PAGE_SIZE); // the thesis's rows span both pages
  });

  it("a page past the last shows the last; other sources and unknown slugs behave", async () => {
    const last = (await getSourceDocument("murakami-2018", "fr", 9999))!;
    expect(last.initiativePage).toBe(last.initiativePageCount);
    expect(last.initiatives.length).toBe(last.initiativeCount - (last.initiativePageCount - 1) * SOURCE_INITIATIVES_PAGE_SIZE);
    const small = (await getSourceDocument("mofa-2023-cyber-diplomacy", "ja", 5))!;
    expect(small.initiativePage).toBe(1);
    expect(small.initiatives.length).toBe(small.initiativeCount);
    expect(await getSourceDocument("no-such-source", "en")).toBeNull();
  });
});
