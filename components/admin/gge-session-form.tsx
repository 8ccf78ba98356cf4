"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveGgeSessionAction } from "@/lib/actions/gge";
import type { GgeFormState } from "@/lib/actions/gge-form-state";
import type { FormValues } from "@/lib/validations/admin-form";
import { ErrorSummary } from "./error-summary";
import { FieldErrorText, errorProps } from "./field-error";
import { GgeField, GgeLocalizedFields, useGgeFieldLabel } from "./gge-fields";
import { GgeSourceFields } from "./gge-source-fields";
import { buttonClass, inputClass, labelClass } from "./form-styles";

/** Creates a GGE session, or edits one when `original` (its slug) is given. Works without JavaScript. */
export function GgeSessionForm({ initial, original }: { initial: FormValues; original?: string }) {
  const locale = useLocale();
  const t = useTranslations("AdminGge");
  const [state, action, pending] = useActionState(saveGgeSessionAction, { values: initial, errors: {}, submission: 0 } satisfies GgeFormState);
  const { values, errors } = state;
  const field = (name: string, extra: { hint?: string; multiline?: boolean; type?: string } = {}) => (
    <GgeField name={name} label={t(`fields.${name.replace("chair.country", "chairCountry")}` as never)} values={values} errors={errors} {...extra} />
  );
  return (
    <form action={action} noValidate className="mt-4 space-y-4" key={state.submission}>
      <ErrorSummary errors={errors} labelFor={useGgeFieldLabel()} />
      <input type="hidden" name="locale" value={locale} />
      {original ? <input type="hidden" name="original" value={original} /> : null}
      <GgeField
        name="slug"
        label={t("fields.slug")}
        values={values}
        errors={errors}
        readOnly={Boolean(original)}
        hint={original ? t("hints.slugEdit") : t("hints.slug")}
      />
      <div className="grid gap-3 sm:grid-cols-4">
        {field("number", { type: "number" })}
        {field("startYear", { type: "number" })}
        {field("endYear", { type: "number" })}
        {field("mandate", { hint: t("hints.mandate") })}
      </div>
      <div>
        <label className={labelClass} htmlFor="f-outcome">
          {t("fields.outcome")}
        </label>
        <select {...errorProps("outcome", errors.outcome)} defaultValue={String(values.outcome ?? "consensus-report")} className={inputClass}>
          <option value="consensus-report">{t("outcomes.consensus-report")}</option>
          <option value="no-consensus">{t("outcomes.no-consensus")}</option>
        </select>
        <FieldErrorText name="outcome" errors={errors.outcome} />
      </div>
      <GgeLocalizedFields name="chair.name" label={t("fields.chairName")} values={values} errors={errors} />
      {field("chair.country", { hint: t("hints.country") })}
      {field("members", { hint: t("hints.members"), multiline: true })}
      <GgeLocalizedFields name="summary" label={t("fields.summary")} values={values} errors={errors} multiline />
      <GgeSourceFields values={values} errors={errors} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
