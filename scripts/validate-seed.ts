// Validates every curated seed file and its cross-references; exits 1 on any problem.
import { loadSeedData } from "../lib/seed/load-seed-data";

const { data, errors } = loadSeedData();
const appendix = data.initiatives.filter((i) => i.appendixRow !== null).length;
console.log(
  `initiatives ${data.initiatives.length} (appendix ${appendix}), organisations ${data.organisations.length}, groups ${data.groups.length}, gge sessions ${data.ggeSessions.length}, gge documents ${data.ggeDocuments.length}, typology ${data.typology.length}, events ${data.events.length}`,
);
for (const error of errors) console.error(error);
if (errors.length) {
  console.error(`${errors.length} problem(s)`);
  process.exit(1);
}
console.log("seed data OK");
