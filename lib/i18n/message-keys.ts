import type { Messages } from "next-intl";

/** The dotted paths to the texts of a message tree: "email.taken", "period.endBeforeStart"... */
type LeafKeys<T, P extends string = ""> = { [K in keyof T & string]: T[K] extends string ? `${P}${K}` : LeafKeys<T[K], `${P}${K}.`> }[keyof T & string];

export type ValidationKey = LeafKeys<Messages["Validation"]>;
export type AdminFieldKey = keyof Messages["AdminForm"]["fields"];
export type AuditActionKey = keyof Messages["AdminAudit"]["actions"];

/** The key type a translator accepts, e.g. MessageKeyOf<typeof t> for useTranslations("Validation"). */
export type MessageKeyOf<T extends { has: (key: never) => boolean }> = Parameters<T["has"]>[0];

/**
 * Narrows a key that comes from data (a Zod issue's message, a value in the database) to a key the translator knows.
 * next-intl's `has` answers for any string at run time; only its type is limited to known keys, hence the widening.
 */
export function isMessageKey<T extends { has: (key: never) => boolean }>(t: T, key: string): key is MessageKeyOf<T> & string {
  return (t.has as (key: string) => boolean)(key);
}
