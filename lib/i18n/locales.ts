/** The site's languages. Kept free of imports so that client code (the language switcher) does not pull in Zod. */
export const LOCALES = ["ja", "en", "fr"] as const;
