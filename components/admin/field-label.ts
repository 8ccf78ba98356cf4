"use client";
import { useTranslations } from "next-intl";
import { isMessageKey } from "@/lib/i18n/message-keys";

const PERIOD = ["startYear", "startMonth", "endYear", "endMonth", "ongoing"];

/** A readable label for a form field name such as "name.fr", "period.endYear" or "organisations.2.org". */
export function useFieldLabel() {
  const t = useTranslations("AdminForm");
  const field = (name: string) => {
    const key = `fields.${name}`;
    return isMessageKey(t, key) ? t(key) : t("fields.form");
  };
  return (name: string): string => {
    const parts = name.split(".");
    const locale = parts.at(-1);
    const inLocale = (name: string) =>
      locale === "ja" || locale === "en" || locale === "fr" ? t("inLanguage", { field: field(name), language: t(`languages.${locale}`) }) : field(name);
    if (parts[0] === "organisations" && parts.length > 1) return t("fields.organisationRow", { n: Number(parts[1]) + 1 });
    if (parts[0] === "newOrg") return t("fields.newOrganisation");
    if (parts[0] === "period" && parts[1] === "text") return inLocale("periodText");
    if (parts[0] === "period" && PERIOD.includes(parts[1])) return field(parts[1]);
    if (parts[0] === "source") return field(`source_${parts[1] ?? "document"}`);
    if (isMessageKey(t, `fields.${parts[0]}`)) return inLocale(parts[0]);
    return t("fields.form");
  };
}
