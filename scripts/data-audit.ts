// npm run data:audit - checks the curated appendix initiatives against the thesis text, when
// ../shared/seeds is present: every Japanese name must appear (whitespace removed) in the name
// column of its own row, and the rows must be exactly 1..144. Prints a report; exits 1 on any miss.
import fs from "node:fs";
import path from "node:path";
import { loadSeedData } from "../lib/seed/load-seed-data";
import { appendixNameColumns, normalise } from "../lib/seed/appendix-text";

const sourceFile = path.resolve(process.cwd(), "..", "shared", "seeds", "002_859630315e34699e.txt");
const { data, errors } = loadSeedData();
if (errors.length) {
  console.error(`seed data is invalid (${errors.length} problems); run scripts/validate-seed.ts`);
  process.exit(1);
}
const appendix = data.initiatives.filter((i) => i.appendixRow !== null).sort((a, b) => a.appendixRow! - b.appendixRow!);
const problems: string[] = [];
const rows = appendix.map((i) => i.appendixRow);
const expected = Array.from({ length: 144 }, (_, n) => n + 1);
if (JSON.stringify(rows) !== JSON.stringify(expected)) problems.push(`appendix rows are not exactly 1..144 (have ${rows.length})`);

if (!fs.existsSync(sourceFile)) {
  console.log(`source text not found at ${sourceFile}: name check skipped`);
} else {
  const text = fs.readFileSync(sourceFile, "utf8");
  const columns = appendixNameColumns(text);
  const whole = normalise(text);
  for (const initiative of appendix) {
    const name = normalise(initiative.name.ja ?? "");
    const column = columns.get(initiative.appendixRow!) ?? "";
    if (!name) problems.push(`row ${initiative.appendixRow}: no Japanese name`);
    else if (!column.includes(name)) {
      problems.push(
        `row ${initiative.appendixRow}: Japanese name not found in its row's name column${whole.includes(name) ? " (found elsewhere)" : ""}: ${initiative.name.ja}`,
      );
    }
  }
  console.log(`checked ${appendix.length} Japanese names against ${columns.size} source rows`);
  // An organisation recorded under another identity keeps the thesis's own wording: it must be there.
  const worded = data.organisations.filter((org) => org.sourceName && org.source.document === "murakami-2018");
  for (const org of worded)
    if (!whole.includes(normalise(org.sourceName!))) problems.push(`organisation ${org.slug}: source wording not found in the thesis: ${org.sourceName}`);
  console.log(`checked ${worded.length} organisations' source wording`);
}
for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log("data audit passed");
