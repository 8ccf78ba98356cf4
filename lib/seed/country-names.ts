import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { Locale } from "../validations/common";
import { COUNTRY_NAME_OVERRIDES as OVERRIDES } from "../geo/country-name-overrides";

const require = createRequire(import.meta.url);
for (const locale of ["ja", "en", "fr"]) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

export function countryName(code: string, locale: Locale): string {
  return OVERRIDES[code]?.[locale] ?? countries.getName(code, locale) ?? code;
}
