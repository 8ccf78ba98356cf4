import { describe, expect, it } from "vitest";
import { onPostgres } from "./engine";
import { withQueryPlans } from "./query-plan";

// What Prisma sends for the home page's latest initiatives (lib/db/home.ts) and the sources' counts of
// published initiatives (the about and sources pages): at 100,000 initiatives, sorting or grouping every
// published row took 30 and 25 ms per page.
describe.skipIf(onPostgres)("list queries read an index, not every published row", () => {
  it("finds the latest initiatives and the counts per source through an index, without a temporary sort", () => {
    withQueryPlans((plan) => {
      const latest = plan(`SELECT id FROM Initiative WHERE status = 'published' ORDER BY createdAt DESC, appendixRow DESC, id DESC LIMIT 6`);
      expect(latest).toMatch(/USING (COVERING )?INDEX Initiative_status_createdAt_appendixRow_id_idx/);
      expect(latest).not.toMatch(/TEMP B-TREE/);
      const perSource = plan(`SELECT sourceDocumentId, COUNT(*) FROM Initiative WHERE status = 'published' GROUP BY sourceDocumentId`);
      expect(perSource).toMatch(/USING COVERING INDEX Initiative_status_sourceDocumentId_idx/);
      expect(perSource).not.toMatch(/TEMP B-TREE/);
    });
  });
});
