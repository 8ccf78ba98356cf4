// PostgreSQL helpers for the scale benchmark: the database's size, and a throwaway copy of it
// (CREATE DATABASE … TEMPLATE: needs no other connection to the source while it copies).
import pg from "pg";

async function withServer<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
  const server = new URL(url);
  server.pathname = "/postgres";
  const client = new pg.Client({ connectionString: server.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));
const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export const pgDatabaseBytes = (url: string) =>
  withServer(url, async (client) => Number((await client.query("SELECT pg_database_size($1) AS n", [databaseName(url)])).rows[0].n));

export async function pgCopy(url: string) {
  const name = `${databaseName(url)}_bench_${process.pid}`;
  await withServer(url, (client) => client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(databaseName(url))}`));
  const copy = new URL(url);
  copy.pathname = `/${encodeURIComponent(name)}`;
  return {
    url: copy.toString(),
    drop: () => withServer(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
