import type { Db, Tx } from "../db/client";

export type { Db, Tx };
export type QueryGroup = { alternatives: string[]; countryCodes?: string[] };
export type SearchDocument = { initiativeId: number; names: string; body: string; entities: string }; // names: all locales' names; body: summaries/objectives/activities/outcomes/source wordings in all locales; entities: organisation, country and group names + aliases
export interface TextIndex {
  /** Replace the documents of these initiatives (delete ones that are missing/not published). Caller owns the transaction. */
  write(tx: Tx, docs: SearchDocument[], deleteIds: number[]): Promise<void>;
  /** Published initiative ids matching every group (any alternative per group), best first; score lower = better. */
  match(db: Db, groups: QueryGroup[]): Promise<{ id: number; score: number }[]>;
}
