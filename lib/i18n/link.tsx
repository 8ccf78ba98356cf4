"use client";

import NextLink from "next/link";
import { useParams } from "next/navigation";
import type { ComponentProps } from "react";
import { LOCALES, type Locale } from "./locales";
import { localizeHref, type LocalizedHref } from "./localize-href";

type Props = Omit<ComponentProps<typeof NextLink>, "href" | "locale"> & { href: LocalizedHref; locale?: Locale };

/**
 * next/link with the locale prefix. next-intl's Link reads the locale from its client provider, which
 * would ship the provider, ICU runtime and messages to every page; the route's [locale] param suffices.
 */
export function Link({ href, locale, ...rest }: Props) {
  const params = useParams<{ locale?: string }>();
  const current = LOCALES.find((l) => l === params?.locale) ?? "en";
  const target = locale ?? current;
  // A link to another language is a full navigation, so that the whole page (and <html lang>) changes.
  return <NextLink href={localizeHref(href, target)} {...(target !== current ? { prefetch: false, hrefLang: target } : {})} {...rest} />;
}
