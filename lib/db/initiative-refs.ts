export type { InitiativeRef } from "../search/browse";
