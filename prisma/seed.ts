// Loads the curated files in prisma/seed-data into the database. Idempotent: upserts by slug and
// leaves untouched any record whose content already matches, or that an editor has changed since.
import { prisma } from "../lib/db/client";
import { seedDatabase } from "../lib/seed/seed-database";

const started = performance.now();
seedDatabase(prisma)
  .then((report) => {
    const ms = Math.round(performance.now() - started);
    console.log(`seed: ${JSON.stringify(report)} in ${ms} ms`);
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
