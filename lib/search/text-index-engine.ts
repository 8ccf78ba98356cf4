import { databaseEngine } from "../env";
import type { TextIndex } from "./text-index";
import { postgresTextIndex } from "./text-index-postgres";
import { sqliteTextIndex } from "./text-index-sqlite";

/** The text index of the database engine DATABASE_URL names (the only engine-specific part of search). */
export function textIndex(): TextIndex {
  return databaseEngine() === "postgresql" ? postgresTextIndex : sqliteTextIndex;
}
