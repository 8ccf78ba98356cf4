import Database from "better-sqlite3";

/**
 * How SQLite's trigram tokenizer (`remove_diacritics 1`) folds each character, read from SQLite itself:
 * one document per character, its trigram read back through fts5vocab. Used to write lib/search/fts-fold-table.ts
 * (scripts/fts-fold-table.ts) and, in a test, to check that table against the SQLite the app runs.
 */
export function sqliteFoldMap(): Map<number, number> {
  const db = new Database(":memory:");
  try {
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram remove_diacritics 1'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');`);
    const insert = db.prepare("INSERT INTO t (rowid, x) VALUES (?, ?)");
    db.transaction(() => {
      for (let code = 0x41; code <= 0x1ffff; code++) if (code < 0xd800 || code > 0xdfff) insert.run(code, `q${String.fromCodePoint(code)}q`);
    })();
    const map = new Map<number, number>();
    for (const row of db.prepare("SELECT term, doc FROM v").all() as { term: string; doc: number }[]) {
      const folded = [...row.term][1]!.codePointAt(0)!;
      if (folded !== row.doc) map.set(row.doc, folded);
    }
    return map;
  } finally {
    db.close();
  }
}
