// The floor on PostgreSQL, through `pg` directly: the trigram query the text index runs
// (lib/search/text-index-postgres.ts, without query expansion) for the same words, top 20 by the same
// field weights; the lookups of floor-sql.ts with `$n` placeholders. Statements are prepared once.
import pg from "pg";
import { PAGE_SIZE, type Floor, type FloorDatabase } from "./floor-sql";

const WEIGHTS = { names: 10, entities: 3, body: 1 };

/** The words' conditions (all must match) and relevance over the folded document, as the app's index. */
function textMatch(terms: string[]) {
  const params = terms.map((term) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const like = (column: string, n: number) => `d."${column}" LIKE portal_search_fold($${n})`;
  const where = params
    .map(
      (_, k) =>
        `(${Object.keys(WEIGHTS)
          .map((column) => like(column, k + 1))
          .join(" OR ")})`,
    )
    .join(" AND ");
  const relevance = params
    .flatMap((_, k) => Object.entries(WEIGHTS).map(([column, weight]) => `CASE WHEN ${like(column, k + 1)} THEN ${weight} ELSE 0 END`))
    .join(" + ");
  const from = `FROM "InitiativeSearchDocument" d JOIN "Initiative" i ON i.id = d."initiativeId" AND i.status = 'published' WHERE ${where}`;
  return { params, from, relevance };
}

const numbered = (sql: string) => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

function statements(floor: Floor): { text: string; values: unknown[] }[] {
  if (floor.kind === "fts") {
    const { params, from, relevance } = textMatch(floor.terms ?? []);
    return [{ text: `SELECT d."initiativeId" AS id, -(${relevance}) AS score ${from} ORDER BY score, d."initiativeId" LIMIT ${PAGE_SIZE}`, values: params }];
  }
  return floor.statements.map(({ sql, params }) => ({ text: numbered(sql), values: params }));
}

export async function openPgFloorDatabase(url: string): Promise<FloorDatabase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let prepared = 0;
  return {
    prepare(floor) {
      const queries = statements(floor).map((query) => ({ ...query, name: `floor_${++prepared}` }));
      return async () => {
        const started = performance.now();
        for (const query of queries) await client.query(query);
        return performance.now() - started;
      };
    },
    async count(floor) {
      const [first] = statements(floor);
      const text = floor.kind === "fts" ? `SELECT COUNT(*) AS n ${textMatch(floor.terms ?? []).from}` : first.text;
      return Number((await client.query<{ n: string }>({ text, values: first.values })).rows[0].n);
    },
    close: () => client.end(),
  };
}
