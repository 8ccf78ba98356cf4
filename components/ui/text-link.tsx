import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";

/** The look of an inline link across the site. */
export const TEXT_LINK_CLASS = "text-brand-700 underline";

const withLook = (className?: string) => (className ? `${TEXT_LINK_CLASS} ${className}` : TEXT_LINK_CLASS);

/** A link to a localised page. */
export function TextLink({ className, ...props }: ComponentProps<typeof Link>) {
  return <Link className={withLook(className)} {...props} />;
}

/** A plain anchor in the same look, for what is not a localised page: API downloads, feeds, locale roots. */
export function TextAnchor({ className, ...props }: ComponentProps<"a">) {
  return <a className={withLook(className)} {...props} />;
}
