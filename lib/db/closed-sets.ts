import "server-only";
import { LOCALES, type Locale } from "../validations/common";
import { INITIATIVE_STATUSES, ORGANISATION_COLUMNS } from "../validations/initiative";
import { ROLES, type Role } from "../auth/roles";

/*
 * SQLite stores these closed sets as text. Every value is written through a Zod enum, so reading one back is
 * narrowed here, in one place, instead of cast at each use; a value outside the set (only possible by hand-editing
 * the database) is reported rather than passed on as a lie.
 */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];
export type OrganisationColumn = (typeof ORGANISATION_COLUMNS)[number];

export class UnexpectedValueError extends Error {}

export function narrow<T extends string>(set: readonly T[], name: string) {
  return (value: string): T => {
    if ((set as readonly string[]).includes(value)) return value as T; // checked on the line above
    throw new UnexpectedValueError(`${name}: unexpected value ${JSON.stringify(value)}`);
  };
}

export const asLocale: (value: string) => Locale = narrow(LOCALES, "locale");
export const asInitiativeStatus: (value: string) => InitiativeStatus = narrow(INITIATIVE_STATUSES, "initiative status");
export const asOrganisationColumn: (value: string) => OrganisationColumn = narrow(ORGANISATION_COLUMNS, "organisation column");
export const asRole: (value: string) => Role = narrow(ROLES, "role");
