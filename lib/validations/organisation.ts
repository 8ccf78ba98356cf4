import { z } from "zod";
import { citationSchema, countryCodeSchema, fullLocalizedNameSchema, slugSchema } from "./common";

export const ORGANISATION_TYPES = ["government", "intergovernmental", "private", "academia", "civil-society", "cert"] as const;

export const organisationInputSchema = z.object({
  slug: slugSchema,
  acronym: z.string().trim().min(1).max(40).nullable().default(null),
  type: z.enum(ORGANISATION_TYPES),
  country: countryCodeSchema.nullable().default(null),
  name: fullLocalizedNameSchema,
  approach: slugSchema.nullable().default(null),
  /** The name as the source prints it, where the source names the organisation wrongly or differently. */
  sourceName: z.string().trim().min(1).max(300).nullable().default(null),
  /** A curator's note, e.g. how the organisation was identified. */
  note: z
    .object({ ja: z.string().trim().min(1).max(2000), en: z.string().trim().min(1).max(2000), fr: z.string().trim().min(1).max(2000) })
    .nullable()
    .default(null),
  source: z.object({ document: slugSchema, locator: z.string().trim().min(1).max(200) }),
});

export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export { citationSchema };
