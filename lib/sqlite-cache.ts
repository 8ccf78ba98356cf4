/**
 * Page cache of each SQLite connection the server keeps open, in KiB. better-sqlite3 builds SQLite with
 * 16 MB per connection (SQLite's own default is 2 MB); the server holds three connections (Prisma's, the
 * text index reader's, the data version's), and on a large catalogue the first two fill theirs: some 30 MB
 * of the server's memory at 100,000 initiatives. Pages the cache drops are read again from the operating
 * system's file cache, which does not count against the server.
 */
export const SQLITE_CACHE_KIB = 2000;

/** The statement that sets it (a negative size is in KiB). */
export const SQLITE_CACHE_PRAGMA = `cache_size = -${SQLITE_CACHE_KIB}`;
