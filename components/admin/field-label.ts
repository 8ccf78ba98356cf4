"use client";
import { useTranslations } from "next-intl";

const PERIOD = ["startYear", "startMonth", "endYear", "endMonth", "ongoing"];

/** A readable label for a form field name such as "name.fr", "period.endYear" or "organisations.2.org". */
export function useFieldLabel() {
  const t = useTranslations("AdminForm");
  return (name: string): string => {
    const parts = name.split(".");
    const locale = parts.at(-1);
    const inLocale = (field: string) =>
      locale === "ja" || locale === "en" || locale === "fr" ? t("inLanguage", { field: t(`fields.${field}` as never), language: t(`languages.${locale}`) }) : t(`fields.${field}` as never);
    if (parts[0] === "organisations" && parts.length > 1) return t("fields.organisationRow", { n: Number(parts[1]) + 1 });
    if (parts[0] === "newOrg") return t("fields.newOrganisation");
    if (parts[0] === "period" && parts[1] === "text") return inLocale("periodText");
    if (parts[0] === "period" && PERIOD.includes(parts[1])) return t(`fields.${parts[1]}` as never);
    if (parts[0] === "source") return t(`fields.source_${parts[1] ?? "document"}` as never);
    if (t.has(`fields.${parts[0]}` as never)) return inLocale(parts[0]);
    return t("fields.form");
  };
}
