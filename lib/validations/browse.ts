import { z } from "zod";
import { countryCodeSchema } from "./common";
import { plainText } from "./text";
import { ORGANISATION_TYPES } from "./organisation";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

/** Query of the countries list: a name filter, the sort order and the page; anything malformed is dropped. */
export const COUNTRY_SORTS = ["name", "count", "direct", "via", "donor"] as const;
export const countryListQuerySchema = z.object({
  q: optional(plainText().trim().max(100)),
  sort: optional(z.enum(COUNTRY_SORTS)),
  dir: optional(z.enum(["asc", "desc"])),
  page: optional(z.coerce.number().int().min(1).max(10000)),
});
export type CountryListQuery = z.infer<typeof countryListQuerySchema>;

export const ORGANISATION_SORTS = ["name", "type", "country", "donor", "partner", "funder"] as const;
export const LIST_PAGE_SIZE = 50;

/** Filters, name search, sort column and direction, and page of the organisations list. */
export const organisationListQuerySchema = z.object({
  type: optional(z.enum(ORGANISATION_TYPES)),
  country: optional(countryCodeSchema),
  q: optional(z.string().trim().max(100)),
  sort: optional(z.enum(ORGANISATION_SORTS)),
  dir: optional(z.enum(["asc", "desc"])),
  page: optional(z.coerce.number().int().min(1).max(10000)),
});
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;

/** Query of a source document's page: which page of the initiatives citing it; anything malformed is dropped. */
export const sourcePageQuerySchema = z.object({
  page: optional(z.coerce.number().int().min(1).max(10000)),
});
