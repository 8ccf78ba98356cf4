import type { TextIndex } from "./text-index";
import { sqliteTextIndex } from "./text-index-sqlite";

/** The text index of the database engine DATABASE_URL names. */
export function textIndex(): TextIndex {
  return sqliteTextIndex;
}
