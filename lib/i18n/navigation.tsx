import type { ComponentProps } from "react";
import { getLocale } from "next-intl/server";
import type { Locale } from "./locales";
import { localizeHref, type LocalizedHref } from "./localize-href";

/**
 * A link to a localised page, rendered on the server as a plain <a>. Not next/link (nor next-intl's Link,
 * which wraps it and needs next-intl's client provider): each of those is a client component with a
 * viewport observer and prefetching, and pages with hundreds of links (countries, catalogue facets,
 * charts) spent seconds of a phone's main thread hydrating them. Every page is rendered per request
 * anyway, so a full navigation costs little more than a client-side one, and works without JavaScript.
 */
export async function Link({ href, locale, ...rest }: Omit<ComponentProps<"a">, "href"> & { href: LocalizedHref; locale?: Locale }) {
  const target = locale ?? ((await getLocale()) as Locale);
  return <a href={localizeHref(href, target)} {...rest} />;
}

/** The localised path of a page, e.g. for a form's action: getPathname({ href: "/countries", locale: "fr" }). */
export function getPathname({ href, locale }: { href: LocalizedHref; locale: Locale | string }) {
  return localizeHref(href, locale as Locale);
}
