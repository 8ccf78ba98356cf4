import { beforeEach, describe, expect, it, vi } from "vitest";

// Outside a React server render cache() does nothing, so stand in a memoiser to check the loaders go through it.
vi.mock("react", async (importOriginal) => {
  const actual = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const seen = new Map<string, R>();
    return (...args: A) => {
      const key = JSON.stringify(args);
      if (!seen.has(key)) seen.set(key, fn(...args));
      return seen.get(key) as R;
    };
  };
  return { ...actual, cache };
});
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => ({ value: "not-a-real-session-token" }) }) }));

const { prisma } = await import("../../lib/db/client");

describe("per-request loaders", () => {
  beforeEach(() => vi.restoreAllMocks());

  it("reads the session once however often it is asked", async () => {
    const spy = vi.spyOn(prisma.session, "findUnique");
    const { getSessionUser } = await import("../../lib/auth/session");
    expect(await getSessionUser()).toBeNull();
    expect(await getSessionUser()).toBeNull();
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("loads an initiative's detail once for metadata and page", async () => {
    const spy = vi.spyOn(prisma.initiative, "findFirst");
    const { getInitiativeDetail } = await import("../../lib/db/initiatives");
    const slug = (await prisma.initiative.findFirstOrThrow({ where: { status: "published" }, select: { slug: true } })).slug;
    spy.mockClear();
    const first = await getInitiativeDetail(slug, "en");
    const second = await getInitiativeDetail(slug, "en");
    expect(second).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("loads a GGE document once for metadata and page", async () => {
    const spy = vi.spyOn(prisma.ggeDocument, "findUnique");
    const { getGgeDocument } = await import("../../lib/db/gge");
    const slug = (await prisma.ggeDocument.findFirstOrThrow({ select: { slug: true } })).slug;
    expect(await getGgeDocument(slug, "fr")).toBe(await getGgeDocument(slug, "fr"));
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("asks once per request when the published dataset last changed, and answers with the latest published update", async () => {
    const spy = vi.spyOn(prisma.catalogueChange, "findFirst");
    const { datasetLastUpdated } = await import("../../lib/db/last-updated");
    const first = await datasetLastUpdated();
    expect(await datasetLastUpdated()).toBe(first);
    expect(spy).toHaveBeenCalledTimes(1);
    const published = await prisma.initiative.findMany({ where: { status: "published" }, select: { updatedAt: true } });
    expect(first?.getTime()).toBe(Math.max(...published.map((row) => row.updatedAt.getTime())));
  });
});
