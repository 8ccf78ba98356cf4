import { z } from "zod";
import { plainText } from "./text";
import { isValidCountryCode } from "../geo/country-codes";
import { LOCALES } from "../i18n/locales";

export { LOCALES, type Locale } from "../i18n/locales";
export const localeSchema = z.enum(LOCALES);

export const slugSchema = z
  .string()
  .trim()
  .min(2, { message: "slug.tooShort" })
  .max(120, { message: "slug.tooLong" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "slug.format" });

export const countryCodeSchema = z.string().trim().toUpperCase().refine(isValidCountryCode, { message: "country.invalid" });

const text = (max: number) => plainText("text.controlCharacters", { multiline: true }).trim().min(1).max(max, { message: "text.tooLong" });

/** A text in all three locales (names of records). */
export const fullLocalizedNameSchema = z.object({ ja: text(300), en: text(300), fr: text(300) });

/** A text that may be missing in some locales; at least one locale must be present. */
export const localizedTextSchema = (max = 4000) =>
  z
    .object({ ja: text(max).optional(), en: text(max).optional(), fr: text(max).optional() })
    .refine((value) => Boolean(value.ja || value.en || value.fr), { message: "text.oneLocaleRequired" });

export const citationSchema = z.object({
  document: slugSchema,
  locator: text(200),
  line: z.number().int().positive().optional(),
});
export type Citation = z.infer<typeof citationSchema>;
