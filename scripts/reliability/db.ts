// Direct reads of the SQLite file between runs: snapshots, integrity, text index, acknowledged writes.
import { createHash } from "node:crypto";
import Database from "better-sqlite3";

const UNTRACKED = /^(LoginAttempt|Session|_prisma_migrations|sqlite_.*|initiative_text_index.*)$/;

function open(file: string) {
  return new Database(file, { readonly: true, fileMustExist: true });
}

/** A hash of every row of every table a rejected input must not change (sign-in bookkeeping excluded). */
export function snapshot(file: string): Record<string, string> {
  const db = open(file);
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const out: Record<string, string> = {};
    for (const { name } of tables.filter((t) => !UNTRACKED.test(t.name))) {
      const rows = db.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all();
      out[name] = `${rows.length}:${createHash("sha1").update(JSON.stringify(rows)).digest("hex").slice(0, 12)}`;
    }
    return out;
  } finally {
    db.close();
  }
}

export function changedTables(before: Record<string, string>, after: Record<string, string>) {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

export function integrityOk(file: string): boolean {
  const db = open(file);
  try {
    return (db.prepare("PRAGMA integrity_check").get() as { integrity_check: string }).integrity_check === "ok";
  } finally {
    db.close();
  }
}

/** The full-text index has one document per initiative (kept in one place: the index may change shape). */
export function textIndexConsistent(file: string): boolean {
  const db = open(file);
  try {
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return count('SELECT count(*) AS n FROM "initiative_text_index"') === count('SELECT count(*) AS n FROM "Initiative"');
  } finally {
    db.close();
  }
}

export type Ack = { slug: string; version: number; value: string };

/** Acknowledged writes missing from the record's audit trail, and versions acknowledged twice (an overwrite). */
export function checkAcks(file: string, acks: Ack[]) {
  const db = open(file);
  try {
    const audit = db.prepare("SELECT count(*) AS n FROM AuditLog WHERE entitySlug = ? AND after LIKE ?");
    const missing = acks.filter((a) => (audit.get(a.slug, `%${a.value}%`) as { n: number }).n === 0);
    const seen = new Set<string>();
    const duplicated = acks.filter((a) => {
      const key = `${a.slug}@${a.version}`;
      const dup = seen.has(key);
      seen.add(key);
      return dup;
    });
    return { missing: missing.length, duplicated: duplicated.length };
  } finally {
    db.close();
  }
}
