import { z } from "zod";
import { countryCodeSchema } from "./common";
import { plainText } from "./text";
import { ORGANISATION_TYPES } from "./organisation";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value) || undefined, schema.optional()).catch(undefined);

/** Query of the countries list: a name filter and the sort order; anything malformed is dropped. */
export const countryListQuerySchema = z.object({
  q: optional(plainText().trim().max(100)),
  sort: optional(z.enum(["name", "count"])),
});

/** Filters of the organisations list. */
export const organisationListQuerySchema = z.object({
  type: optional(z.enum(ORGANISATION_TYPES)),
  country: optional(countryCodeSchema),
});
