import type { Locale } from "./locales";
import { localizeHref, type LocalizedHref } from "./localize-href";

// Not next-intl's createNavigation: its Link is a client component that needs the next-intl client
// provider, and merely creating it puts that provider's runtime into every page's JavaScript.
export { Link } from "./link";

/** The localised path of a page, e.g. for a form's action: getPathname({ href: "/countries", locale: "fr" }). */
export function getPathname({ href, locale }: { href: LocalizedHref; locale: Locale | string }) {
  return localizeHref(href, locale as Locale);
}
