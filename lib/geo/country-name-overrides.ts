import type { Locale } from "../validations/common";

// Short forms that readers of the UN and GFCE material expect, where the i18n-iso-countries default differs.
export const COUNTRY_NAME_OVERRIDES: Record<string, Partial<Record<Locale, string>>> = {
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
