"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, FormValues } from "@/lib/validations/admin-form";
import { GgeField } from "./gge-fields";
import { fieldsetClass, legendClass } from "./form-styles";

/** The citation of a GGE record: source document, place in it and, for auditors, the line. */
export function GgeSourceFields({ values, errors }: { values: FormValues; errors: FieldErrors }) {
  const t = useTranslations("AdminGge");
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>{t("sourceLegend")}</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        <GgeField name="source.document" label={t("fields.source_document")} values={values} errors={errors} hint={t("hints.sourceDocument")} />
        <GgeField name="source.locator" label={t("fields.source_locator")} values={values} errors={errors} hint={t("hints.sourceLocator")} />
        <GgeField name="source.line" label={t("fields.source_line")} values={values} errors={errors} type="number" />
      </div>
    </fieldset>
  );
}
