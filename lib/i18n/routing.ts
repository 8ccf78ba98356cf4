import { defineRouting } from "next-intl/routing";
import { LOCALES } from "./locales";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: "en",
  localePrefix: "always",
  // Alternate links are rendered in each page's metadata (with the query kept).
  alternateLinks: false,
});
