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
export function Link({ href, locale, ...rest }: Omit<ComponentProps<"a">, "href"> & { href: LocalizedHref; locale?: Locale }) {
  const render = (target: Locale) => <a href={localizeHref(href, target)} {...rest} />;
  if (locale) return render(locale);
  const known = requestLocale();
  return typeof known === "string" ? render(known) : known.then(render);
}

type TrackedPromise<T> = Promise<T> & { status?: "pending" | "fulfilled"; value?: T };

/**
 * The request's locale, synchronously once known. getLocale() returns the same cached promise for the
 * whole request; its outcome is recorded on it (as React does for thenables), so that only the first
 * links wait for it. A link that returns a promise becomes its own row of the RSC payload, resolved
 * lazily while the page hydrates: hundreds of them cost a phone's main thread, and they would let a
 * <Suspense> boundary stream its content after the HTML shell instead of inline.
 */
export function requestLocale(): Locale | Promise<Locale> {
  const promise = getLocale() as TrackedPromise<Locale>;
  if (promise.status === "fulfilled") return promise.value!;
  if (!promise.status) {
    promise.status = "pending";
    promise.then(
      (value) => Object.assign(promise, { status: "fulfilled", value }),
      () => undefined,
    );
  }
  return promise;
}

/** The localised path of a page, e.g. for a form's action: getPathname({ href: "/countries", locale: "fr" }). */
export function getPathname({ href, locale }: { href: LocalizedHref; locale: Locale | string }) {
  return localizeHref(href, locale as Locale);
}
