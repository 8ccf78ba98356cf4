import "server-only";
export type { InitiativeRef } from "../search/browse";
