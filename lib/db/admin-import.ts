import "server-only";
import { prisma } from "./client";
import {
  createInitiatives,
  prefetchReferences,
  resolveInitiativeReferences,
  UnknownReferenceError,
  writeSearchDocuments,
  type ReferenceCache,
} from "./initiative-write";
import { saveInitiativeIn, writeDeferredAudits, type DeferredAudit } from "./admin-initiatives";
import { loadInitiativeInput, loadInitiativeInputs } from "./initiative-input";
import { columnOfField, parseInitiativeCsv, type CsvParseResult } from "../csv/initiative-csv";
import type { InitiativeInput } from "../validations/initiative";

export type ImportPreview = CsvParseResult & { actions: Record<number, "create" | "update"> };

/** Validates a CSV (schema, then references to existing records) without writing anything. */
export async function previewImport(text: string): Promise<ImportPreview> {
  const result = parseInitiativeCsv(text);
  const actions: ImportPreview["actions"] = {};
  const valid = result.rows.flatMap((row) => (row.input ? [row.input] : []));
  const references: ReferenceCache = new Map();
  await prefetchReferences(prisma, valid, references);
  const existing = new Set<string>();
  for (let start = 0; start < valid.length; start += 500) {
    const slugs = valid.slice(start, start + 500).map((input) => input.slug);
    for (const row of await prisma.initiative.findMany({ where: { slug: { in: slugs } }, select: { slug: true } })) existing.add(row.slug);
  }
  for (const row of result.rows) {
    if (!row.input) continue;
    try {
      await resolveInitiativeReferences(prisma, row.input, references);
    } catch (error) {
      if (!(error instanceof UnknownReferenceError)) throw error;
      row.problems.push({
        column: columnOfField(error.field === "source" ? "source.document" : error.field),
        key: "reference.unknown",
        values: { value: error.values.join(", ") },
      });
      row.input = null;
      continue;
    }
    actions[row.row] = existing.has(row.input.slug) ? "update" : "create";
  }
  return { ...result, actions };
}

export function importIsClean(preview: CsvParseResult) {
  return preview.fileProblems.length === 0 && preview.rows.length > 0 && preview.rows.every((row) => row.problems.length === 0 && row.input);
}

/** Writes every row in one transaction: all rows or none. */
export async function commitImport(inputs: InitiativeInput[], userId: string) {
  return prisma.$transaction(
    async (tx) => {
      const references: ReferenceCache = new Map();
      await prefetchReferences(tx, inputs, references);
      const saved: { id: number; audit: DeferredAudit }[] = [];
      const before = await loadInitiativeInputs(
        tx,
        inputs.map((input) => input.slug),
      );
      for (const input of inputs.filter((input) => before.has(input.slug))) {
        const result = await saveInitiativeIn(tx, input, {
          before: before.get(input.slug)!,
          expectedVersion: "current",
          userId,
          action: "import",
          references,
          searchDocument: "deferred",
          audit: "deferred",
        });
        if (result.status !== "saved") throw new Error(`import of ${input.slug} failed: ${result.status}`);
        saved.push(result);
      }
      const created = await createInitiatives(
        tx,
        inputs.filter((input) => !before.has(input.slug)),
        references,
      );
      for (const { id, slug } of created) saved.push({ id, audit: { userId, slug, initiativeId: id, action: "import", before: null } });
      const position = new Map(inputs.map((input, i) => [input.slug, i]));
      saved.sort((a, b) => position.get(a.audit.slug)! - position.get(b.audit.slug)!);
      // Every row's search document and audit entry, in the same transaction: all rows are imported, or none.
      await writeSearchDocuments(
        tx,
        saved.map((row) => row.id),
      );
      await writeDeferredAudits(
        tx,
        saved.map((row) => row.audit),
      );
      return inputs.length;
    },
    // Generous and proportional: a 2 MB file is thousands of rows, and a busy server may take 100 ms for each.
    { timeout: 60_000 + inputs.length * 200 },
  );
}

export async function exportInitiatives() {
  const slugs = await prisma.initiative.findMany({ orderBy: { slug: "asc" }, select: { slug: true } });
  const inputs = [];
  for (const { slug } of slugs) {
    const input = await loadInitiativeInput(prisma, slug);
    if (input) {
      const { version: _version, ...rest } = input;
      inputs.push(rest);
    }
  }
  return inputs;
}
