// npm run db:text-index [-- --force]: rewrites every full-text document when they were not all written
// with the running code's concept vocabulary (lib/search/concept-tokens.ts), e.g. after the migration
// that added the concept columns or a change to the synonyms. `npm run db:migrate` runs it (SQLite).
import { prisma } from "../lib/db/client";
import { vocabularyStamp } from "../lib/search/concept-tokens";
import { rebuildSearchDocuments } from "../lib/search/text-index";
import { textIndex } from "../lib/search/text-index-engine";

async function main() {
  const index = textIndex();
  const stored = await index.vocabulary();
  if (stored === vocabularyStamp() && !process.argv.includes("--force")) {
    console.log("text index: up to date");
    return;
  }
  const started = performance.now();
  await rebuildSearchDocuments(prisma, index);
  const count = await prisma.initiative.count();
  console.log(`text index: ${count} documents rewritten in ${Math.round(performance.now() - started)} ms (vocabulary ${vocabularyStamp()})`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
