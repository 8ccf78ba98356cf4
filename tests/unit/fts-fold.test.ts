import { describe, expect, it } from "vitest";
import { sqliteFoldMap } from "../../lib/search/fts-fold-map";
import { ftsFold } from "../../lib/search/fts-fold";

describe("ftsFold", () => {
  it("folds every character as the running SQLite's trigram tokenizer does (regenerate with scripts/fts-fold-table.ts)", () => {
    const sqlite = sqliteFoldMap();
    expect(sqlite.size).toBeGreaterThan(1000);
    const differing: string[] = [];
    for (let code = 0x41; code <= 0x1ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const expected = String.fromCodePoint(sqlite.get(code) ?? code);
      if (ftsFold(char) !== expected) differing.push(code.toString(16));
    }
    expect(differing).toEqual([]);
  });

  it("lower-cases and strips the accents of Latin letters, and leaves Japanese as it is", () => {
    expect(ftsFold("Cybersécurité ÉQUIPE Ñandú TÜRKİYE")).toBe("cybersecurite equipe nandu turkiye");
    expect(ftsFold("サイバー・セキュリティ ガバナンス")).toBe("サイバー・セキュリティ ガバナンス");
  });
});
