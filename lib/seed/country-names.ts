import { createRequire } from "node:module";
import countries from "i18n-iso-countries";
import type { Locale } from "../validations/common";

const require = createRequire(import.meta.url);
for (const locale of ["ja", "en", "fr"]) countries.registerLocale(require(`i18n-iso-countries/langs/${locale}.json`));

// Short forms that readers of the UN and GFCE material expect, where the package's default differs.
const OVERRIDES: Record<string, Partial<Record<Locale, string>>> = {
  TW: { en: "Taiwan" },
  CI: { en: "Côte d'Ivoire", fr: "Côte d'Ivoire" },
  VN: { en: "Viet Nam", fr: "Viet Nam" },
  MD: { en: "Moldova" },
  FM: { en: "Micronesia (Federated States of)" },
  LA: { en: "Lao PDR" },
  KR: { en: "Republic of Korea", fr: "République de Corée", ja: "韓国" },
  KP: { en: "DPR Korea" },
  VA: { en: "Holy See" },
  MK: { en: "North Macedonia" },
  CZ: { en: "Czechia", fr: "Tchéquie" },
  GB: { ja: "英国" },
  US: { en: "United States", fr: "États-Unis", ja: "米国" },
};

export function countryName(code: string, locale: Locale): string {
  return OVERRIDES[code]?.[locale] ?? countries.getName(code, locale) ?? code;
}
