/** The portal's languages. Kept free of imports so client code (routing, language switcher) stays small. */
export const LOCALES = ["ja", "en", "fr"] as const;
export type Locale = (typeof LOCALES)[number];
