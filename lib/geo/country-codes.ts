import countries from "i18n-iso-countries";

const ALPHA2_CODES = new Set(Object.keys(countries.getAlpha2Codes()));

export function isValidCountryCode(code: string): boolean {
  return ALPHA2_CODES.has(code.toUpperCase());
}

/** Every ISO 3166-1 alpha-2 code, sorted (the alias tables cover them all). */
export function allCountryCodes(): string[] {
  return [...ALPHA2_CODES].sort();
}
