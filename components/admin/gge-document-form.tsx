"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveGgeDocumentAction } from "@/lib/actions/gge";
import type { GgeFormState } from "@/lib/actions/gge-form-state";
import type { FormValues } from "@/lib/validations/admin-form";
import { BLANK_KEY_POINTS } from "@/lib/validations/gge-form";
import { GGE_TOPICS } from "@/lib/validations/reference";
import { ErrorSummary } from "./error-summary";
import { FieldErrorText, errorProps } from "./field-error";
import { GgeField, GgeLocalizedFields, useGgeFieldLabel } from "./gge-fields";
import { GgeSourceFields } from "./gge-source-fields";
import { buttonClass, fieldsetClass, inputClass, labelClass, legendClass } from "./form-styles";

/** Creates a GGE/OEWG document with its key points, or edits one when `original` is given. Works without JavaScript. */
export function GgeDocumentForm({ initial, original, sessions }: { initial: FormValues; original?: string; sessions: { slug: string; label: string }[] }) {
  const locale = useLocale();
  const t = useTranslations("AdminGge");
  const [state, action, pending] = useActionState(saveGgeDocumentAction, { values: initial, errors: {}, submission: 0 } satisfies GgeFormState);
  const { values, errors } = state;
  const existing = new Set(
    Object.keys(values)
      .map((key) => /^keyPoints\.(\d+)\./.exec(key)?.[1])
      .filter(Boolean),
  ).size;
  const rows = existing + BLANK_KEY_POINTS;
  const select = (name: string, options: { value: string; label: string }[]) => (
    <div>
      <label className={labelClass} htmlFor={errorProps(name, undefined).id}>
        {t(`fields.${name.split(".").at(-1)}` as never)}
      </label>
      <select {...errorProps(name, errors[name])} defaultValue={String(values[name] ?? "")} className={inputClass}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText name={name} errors={errors[name]} />
    </div>
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
        <GgeField name="symbol" label={t("fields.symbol")} values={values} errors={errors} hint={t("hints.symbol")} />
        {select("kind", [
          { value: "report", label: t("kinds.report") },
          { value: "resolution", label: t("kinds.resolution") },
        ])}
        <GgeField name="date" label={t("fields.date")} values={values} errors={errors} hint={t("hints.date")} />
        {select("session", [{ value: "", label: t("noSession") }, ...sessions.map((s) => ({ value: s.slug, label: s.label }))])}
      </div>
      <GgeLocalizedFields name="title" label={t("fields.title")} values={values} errors={errors} />
      <GgeLocalizedFields name="summary" label={t("fields.summary")} values={values} errors={errors} multiline />
      <GgeField name="url" label={t("fields.url")} values={values} errors={errors} type="url" />
      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("keyPointsLegend")}</legend>
        <p className="text-sm text-slate-700">{t("hints.keyPoints")}</p>
        {Array.from({ length: rows }, (_, i) => (
          <fieldset key={i} className="mt-4 border-t border-slate-200 pt-3">
            <legend className="font-semibold">{t("keyPoint", { n: i + 1 })}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {select(
                `keyPoints.${i}.topic`,
                GGE_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) })),
              )}
              <GgeField
                name={`keyPoints.${i}.paragraphs`}
                label={t("fields.paragraphs")}
                values={values}
                errors={errors}
                hint={i === 0 ? t("hints.paragraphs") : undefined}
              />
            </div>
            <GgeLocalizedFields name={`keyPoints.${i}.text`} label={t("fields.text")} values={values} errors={errors} multiline />
          </fieldset>
        ))}
      </fieldset>
      <GgeSourceFields values={values} errors={errors} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
