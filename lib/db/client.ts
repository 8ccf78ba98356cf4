import "server-only";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { PrismaClient as PrismaClientPg } from "../generated/prisma-pg/client";
import { databaseEngine, databaseFilePath, env } from "../env";
import { SQLITE_CACHE_PRAGMA } from "../sqlite-cache";

/** The SQLite adapter, with the portal's page cache size on its connection. */
class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(`PRAGMA ${SQLITE_CACHE_PRAGMA}`);
    return adapter;
  }
}

/** A new client with its own connection(s); the app uses the one `prisma` below. */
export function createClient(): PrismaClient {
  if (databaseEngine() === "postgresql") {
    const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
    // The PostgreSQL client is generated from the same models (scripts/prisma-variants.ts); its
    // model API accepts every argument the SQLite client's does, and more (`mode`, `skipDuplicates`,
    // field references in `in`), and returns the same shapes. Typing it as the SQLite client keeps
    // the code base to the common subset.
    return new PrismaClientPg({ adapter }) as unknown as PrismaClient;
  }
  const adapter = new SqliteAdapterFactory({ url: `file:${databaseFilePath()}`, timeout: 5000 });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** One client per process (Next dev reloads modules; keep the connection). */
export const prisma = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
