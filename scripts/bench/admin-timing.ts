// Times one admin save and one CSV import of 1,000 rows in-process, through the library functions the
// server actions call (saveInitiative; previewImport + importIsClean + commitImport), on a database
// file or PostgreSQL database the caller owns (scale.ts passes a throwaway copy). Run with
// --conditions=react-server. Prints one JSON line.
// Usage: tsx --conditions=react-server scripts/bench/admin-timing.ts <db file | postgresql:// URL> [rows] [saves]
import path from "node:path";
import { loadSeedData } from "../../lib/seed/load-seed-data";
import { mulberry32 } from "../synthetic/random";
import { buildVocabulary } from "../synthetic/vocabulary";
import { makeComposer } from "../synthetic/compose";

const [file, rowsArg = "1000", savesArg = "5"] = process.argv.slice(2);
process.env.DATABASE_URL = /^postgres(ql)?:\/\//i.test(file) ? file : `file:${path.resolve(file)}`;

async function main() {
  const { prisma } = await import("../../lib/db/client");
  const { saveInitiative } = await import("../../lib/db/admin-initiatives");
  const { previewImport, importIsClean, commitImport } = await import("../../lib/db/admin-import");
  const { loadInitiativeInput } = await import("../../lib/db/initiative-input");
  const { initiativesToCsv, CSV_MAX_BYTES } = await import("../../lib/csv/initiative-csv");
  const user = await prisma.user.create({
    data: { id: `bench-${Date.now()}`, email: `bench-${Date.now()}@example.invalid`, role: "admin", passwordHash: "-" },
  });

  // Saves: edit the summary of the most recently created published initiative, as the form does.
  const target = await prisma.initiative.findFirst({ where: { status: "published" }, orderBy: { id: "desc" }, select: { slug: true } });
  const saves: number[] = [];
  for (let k = 0; k < Number(savesArg); k++) {
    const current = (await loadInitiativeInput(prisma, target!.slug))!;
    const { version, ...input } = current;
    const summary = { ...(input.summary ?? {}), en: `${input.summary?.en ?? input.name.en ?? "Summary"} (edit ${k + 1})` };
    const started = performance.now();
    const result = await saveInitiative({ ...input, summary }, { expectedVersion: version, userId: user.id });
    saves.push(performance.now() - started);
    if (result.status !== "saved") throw new Error(`save failed: ${result.status}`);
  }

  // Import: new records composed like the synthetic ones (other seed, other slugs), as a CSV file.
  const compose = makeComposer(buildVocabulary(loadSeedData().data));
  const random = mulberry32(4242);
  // Without the long free texts, so 1,000 rows stay under the import form's 2 MB limit (CSV_MAX_BYTES).
  const inputs = Array.from({ length: Number(rowsArg) }, (_, k) => ({
    ...compose(900001 + k, random),
    slug: `bench-import-${Date.now().toString(36)}-${k}`,
    objectives: null,
    activities: null,
    outcomes: null,
  }));
  const csv = initiativesToCsv(inputs);
  if (Buffer.byteLength(csv) > CSV_MAX_BYTES) throw new Error(`the CSV is ${Buffer.byteLength(csv)} bytes, over the form's limit`);
  const importStarted = performance.now();
  const preview = await previewImport(csv);
  const previewMs = performance.now() - importStarted;
  if (!importIsClean(preview)) {
    const problems = [...preview.fileProblems, ...preview.rows.flatMap((row) => row.problems)].slice(0, 3);
    throw new Error(`import preview is not clean: ${JSON.stringify(problems)}`);
  }
  const commitStarted = performance.now();
  const imported = await commitImport(
    preview.rows.map((row) => row.input!),
    user.id,
  );
  const commitMs = performance.now() - commitStarted;
  await prisma.$disconnect();
  console.log(
    JSON.stringify({
      target: target!.slug,
      savesMs: saves,
      importRows: imported,
      csvBytes: Buffer.byteLength(csv),
      importPreviewMs: previewMs,
      importCommitMs: commitMs,
      importTotalMs: previewMs + commitMs,
    }),
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
