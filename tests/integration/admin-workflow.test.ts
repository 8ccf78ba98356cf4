import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mockNextRequestScope } from "./admin-fixtures";

mockNextRequestScope();

const { prisma } = await import("../../lib/db/client");
const { createUser } = await import("../../lib/db/users");
const { saveInitiative, setInitiativeStatus } = await import("../../lib/db/admin-initiatives");
const { commitImport, previewImport, importIsClean, exportInitiatives } = await import("../../lib/db/admin-import");
const { initiativesToCsv } = await import("../../lib/csv/initiative-csv");
const { attemptLogin } = await import("../../lib/auth/login");
const { searchInitiatives } = await import("../../lib/db/initiative-search");
const { initiativeSearchSchema } = await import("../../lib/validations/search");
const { loadInitiativeInput } = await import("../../lib/db/initiative-input");
const { initiativeInputSchema } = await import("../../lib/validations/initiative");
const { countByStatus } = await import("../../lib/db/admin-initiatives");
const { textIndex } = await import("../../lib/search/text-index-engine");
const { expandQuery } = await import("../../lib/search/query-expansion");

const PREFIX = "workflow";
let userId = "";
const input = (slug: string, name = "Programme sirocco") =>
  initiativeInputSchema.parse({
    slug,
    originalLocale: "fr",
    status: "draft",
    name: { fr: name, ja: "シロッコ計画" },
    organisations: [{ org: "jica", column: "donor", funding: true, iatiRole: 1 }],
    recipientCountries: ["SN"],
    themes: ["awareness"],
    period: { startYear: 2021, endYear: null, ongoing: true },
    source: { document: "murakami-2018", locator: "test" },
  });
const total = async (q: string) => (await searchInitiatives(prisma, initiativeSearchSchema.parse({ q }))).total;

beforeAll(async () => {
  userId = (await createUser({ email: `${PREFIX}@example.org`, name: "W", role: "editor", password: "long-enough-password" })).id;
});
afterAll(async () => {
  await prisma.initiative.deleteMany({ where: { slug: { startsWith: PREFIX } } });
  await prisma.auditLog.deleteMany({ where: { entitySlug: { startsWith: PREFIX } } });
  await prisma.user.deleteMany({ where: { email: { startsWith: PREFIX } } });
  await prisma.loginAttempt.deleteMany({ where: { email: { startsWith: PREFIX } } });
});

describe("saving initiatives", () => {
  it("publishes into search and counts at once, and keeps drafts out", async () => {
    const slug = `${PREFIX}-publish`;
    const published = (await countByStatus()).published ?? 0;
    expect(await saveInitiative(input(slug), { expectedVersion: null, userId })).toMatchObject({ status: "saved", version: 1 });
    expect(await total("sirocco")).toBe(0);
    expect(await saveInitiative({ ...input(slug), status: "published" }, { expectedVersion: 1, userId })).toMatchObject({ status: "saved", version: 2 });
    expect(await total("sirocco")).toBe(1);
    expect(await total("シロッコ")).toBe(1);
    expect((await countByStatus()).published).toBe(published + 1);
    await setInitiativeStatus(slug, "archived", 2, userId);
    expect(await total("sirocco")).toBe(0);
  });

  it("refuses to save over a newer version and changes nothing", async () => {
    const slug = `${PREFIX}-conflict`;
    await saveInitiative(input(slug), { expectedVersion: null, userId });
    await saveInitiative(input(slug, "Première modification"), { expectedVersion: 1, userId });
    const audits = await prisma.auditLog.count({ where: { entitySlug: slug } });
    const result = await saveInitiative(input(slug, "Modification périmée"), { expectedVersion: 1, userId });
    expect(result.status).toBe("conflict");
    if (result.status === "conflict") expect(result.current).toMatchObject({ version: 2, name: { fr: "Première modification" } });
    const row = await prisma.initiative.findUniqueOrThrow({ where: { slug }, include: { texts: true } });
    expect(row.version).toBe(2);
    expect(row.texts.find((t) => t.locale === "fr")?.name).toBe("Première modification");
    expect(await prisma.auditLog.count({ where: { entitySlug: slug } })).toBe(audits);
  });

  it("never creates over an existing slug", async () => {
    expect((await saveInitiative(input("cybergreen-initiative"), { expectedVersion: null, userId })).status).toBe("slugTaken");
  });

  it("writes an audit entry with who, what, before and after for every change", async () => {
    const slug = `${PREFIX}-audit`;
    await saveInitiative(input(slug), { expectedVersion: null, userId });
    await saveInitiative(input(slug, "Nom corrigé"), { expectedVersion: 1, userId });
    await setInitiativeStatus(slug, "archived", 2, userId);
    await setInitiativeStatus(slug, "draft", 3, userId);
    const entries = await prisma.auditLog.findMany({ where: { entitySlug: slug }, orderBy: { id: "asc" } });
    expect(entries.map((e) => e.action)).toEqual(["create", "update", "archive", "restore"]);
    expect(entries.every((e) => e.userId === userId)).toBe(true);
    expect(entries[0].before).toBeNull();
    expect(JSON.parse(entries[1].before!).name.fr).toBe("Programme sirocco");
    expect(JSON.parse(entries[1].after!).name.fr).toBe("Nom corrigé");
    expect(JSON.parse(entries[2].after!).status).toBe("archived");
    expect(await prisma.initiative.count({ where: { slug } })).toBe(1); // archived, not deleted
  });
});

describe("CSV import and export", () => {
  it("exports a layout that imports back unchanged", async () => {
    const all = await exportInitiatives();
    const csv = initiativesToCsv(all.filter((i) => i.slug.startsWith("j")));
    const preview = await previewImport(csv);
    expect(preview.rows.length).toBeGreaterThan(3);
    expect(preview.rows.flatMap((r) => r.problems)).toEqual([]);
    expect(importIsClean(preview)).toBe(true);
    for (const row of preview.rows) {
      const original = all.find((i) => i.slug === row.slug)!;
      expect(row.input).toEqual(original);
    }
  });

  it("imports all rows in one transaction or none", async () => {
    const csv = initiativesToCsv([input(`${PREFIX}-csv-a`), input(`${PREFIX}-csv-b`)]);
    const preview = await previewImport(csv);
    expect(importIsClean(preview)).toBe(true);
    const inputs = preview.rows.map((r) => r.input!);
    // A row that fails while writing (an organisation deleted in the meantime) rolls back the rows before it.
    const broken = { ...inputs[1], organisations: [{ org: "vanished-org", column: "donor" as const, funding: false, iatiRole: null }] };
    await expect(commitImport([inputs[0], broken], userId)).rejects.toThrow();
    expect(await prisma.initiative.count({ where: { slug: { startsWith: `${PREFIX}-csv-` } } })).toBe(0);
    expect(await commitImport(inputs, userId)).toBe(2);
    expect(await prisma.initiative.count({ where: { slug: { startsWith: `${PREFIX}-csv-` } } })).toBe(2);
    expect(await prisma.auditLog.count({ where: { entitySlug: { startsWith: `${PREFIX}-csv-` }, action: "import" } })).toBe(2);
    // Each entry records the row as it was before (nothing) and as stored after, exactly as a form save does.
    for (const slug of [`${PREFIX}-csv-a`, `${PREFIX}-csv-b`]) {
      const entry = await prisma.auditLog.findFirstOrThrow({ where: { entitySlug: slug, action: "import" } });
      expect(entry.before).toBeNull();
      expect(JSON.parse(entry.after!)).toEqual(JSON.parse(JSON.stringify(await loadInitiativeInput(prisma, slug))));
    }
  });

  it("creates new rows in batches and updates existing ones, each stored as given, audited in the file's order", async () => {
    // Rows as rich as the catalogue's: several organisations in order, countries, groups, themes, texts in three locales.
    const all = await exportInitiatives();
    const rich = all.filter((i) => i.organisations.length > 1 && i.recipientCountries.length > 1 && i.recipientGroups.length > 0).slice(0, 3);
    expect(rich.length).toBe(3);
    // Published: the PostgreSQL text index looks at published initiatives only.
    const fresh = rich.map((i, n) => ({ ...i, slug: `${PREFIX}-batch-${n}`, appendixRow: null, status: "published" as const }));
    const existing = { ...input(`${PREFIX}-batch-old`), status: "published" as const, name: { fr: "Avant l'import" } };
    expect(await saveInitiative(existing, { expectedVersion: null, userId })).toMatchObject({ status: "saved" });
    const updated = { ...existing, name: { fr: "Après l'import", en: "Batchwhisker after import" } };
    const rows = [fresh[0]!, updated, fresh[1]!, fresh[2]!];
    const preview = await previewImport(initiativesToCsv(rows));
    expect(importIsClean(preview)).toBe(true);
    expect(
      await commitImport(
        preview.rows.map((row) => row.input!),
        userId,
      ),
    ).toBe(4);
    for (const row of rows) {
      const { version, ...stored } = (await loadInitiativeInput(prisma, row.slug))!;
      expect(stored, row.slug).toEqual(row);
      expect(version).toBe(row === updated ? 2 : 1);
    }
    const entries = await prisma.auditLog.findMany({ where: { entitySlug: { startsWith: `${PREFIX}-batch-` }, action: "import" }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.entitySlug)).toEqual(rows.map((row) => row.slug));
    expect(JSON.parse(entries[1]!.before!).name.fr).toBe("Avant l'import");
    // Every row's search document is written in the same transaction: the updated one has its new name.
    const ids = new Map(
      (await prisma.initiative.findMany({ where: { slug: { in: rows.map((row) => row.slug) } }, select: { id: true, slug: true } })).map((row) => [
        row.slug,
        row.id,
      ]),
    );
    const matched = await textIndex().match(expandQuery("Batchwhisker"));
    expect(rows.filter((row) => matched.has(ids.get(row.slug)!)).map((row) => row.slug)).toEqual([updated.slug]);
    const named = await textIndex().match(expandQuery(fresh[1]!.name[fresh[1]!.originalLocale]!));
    expect(named.has(ids.get(fresh[1]!.slug)!)).toBe(true);
  });

  it("neutralises spreadsheet formulas in exported cells", () => {
    const csv = initiativesToCsv([{ ...input(`${PREFIX}-formula`), name: { fr: '=HYPERLINK("http://x")' } }]);
    expect(csv).toContain("'=HYPERLINK");
  });
});

describe("login throttling", () => {
  it("logs every attempt, slows repeated failures and locks after ten", async () => {
    const email = `${PREFIX}@example.org`;
    expect(await attemptLogin(email, "long-enough-password", "198.51.100.1")).toMatchObject({ ok: true });
    expect(await attemptLogin(email, "wrong", "198.51.100.1")).toEqual({ ok: false, reason: "invalid" });
    // Nine more failures recorded within the window (as if made over the last minutes).
    await prisma.loginAttempt.createMany({ data: Array.from({ length: 9 }, () => ({ email, ip: "198.51.100.2", succeeded: false })) });
    const started = Date.now();
    expect(await attemptLogin(email, "long-enough-password", "198.51.100.1")).toEqual({ ok: false, reason: "locked" });
    expect(Date.now() - started).toBeLessThan(1000); // locked out before any password check
    expect(await prisma.loginAttempt.count({ where: { email } })).toBe(12);
    // Failures older than the window no longer count.
    await prisma.loginAttempt.updateMany({ where: { email }, data: { createdAt: new Date(Date.now() - 16 * 60_000) } });
    expect(await attemptLogin(email, "long-enough-password", "198.51.100.1")).toMatchObject({ ok: true });
  });

  it("waits longer after a few failures", async () => {
    const email = `${PREFIX}-slow@example.org`;
    await prisma.loginAttempt.createMany({ data: Array.from({ length: 5 }, () => ({ email, ip: null, succeeded: false })) });
    const started = Date.now();
    await attemptLogin(email, "whatever", null);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // 250 ms × 2^(5-3)
  });
});
