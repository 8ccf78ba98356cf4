"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveGgeDocumentAction } from "@/lib/actions/gge";
import type { GgeFormState } from "@/lib/actions/gge-form-state";
import type { FormValues } from "@/lib/validations/admin-form";
import { BLANK_KEY_POINTS } from "@/lib/validations/gge-form";
import { GGE_TOPICS } from "@/lib/validations/reference";
import { GgeField, GgeLocalizedFields, GgeSelect } from "./gge-fields";
import { GgeFormShell } from "./gge-form-shell";
import { fieldsetClass, legendClass } from "./form-styles";

/** Creates a GGE/OEWG document with its key points, or edits one when `original` is given. Works without JavaScript. */
export function GgeDocumentForm({ initial, original, sessions }: { initial: FormValues; original?: string; sessions: { slug: string; label: string }[] }) {
  const t = useTranslations("AdminGge");
  const [state, action, pending] = useActionState(saveGgeDocumentAction, { values: initial, errors: {}, submission: 0 } satisfies GgeFormState);
  const { values, errors } = state;
  const existing = new Set(
    Object.keys(values)
      .map((key) => /^keyPoints\.(\d+)\./.exec(key)?.[1])
      .filter(Boolean),
  ).size;
  const rows = existing + BLANK_KEY_POINTS;
  return (
    <GgeFormShell state={state} action={action} pending={pending} original={original}>
      <div className="grid gap-3 sm:grid-cols-4">
        <GgeField name="symbol" label={t("fields.symbol")} values={values} errors={errors} hint={t("hints.symbol")} />
        <GgeSelect
          name="kind"
          label={t("fields.kind")}
          values={values}
          errors={errors}
          options={[
            { value: "report", label: t("kinds.report") },
            { value: "resolution", label: t("kinds.resolution") },
          ]}
        />
        <GgeField name="date" label={t("fields.date")} values={values} errors={errors} hint={t("hints.date")} />
        <GgeSelect
          name="session"
          label={t("fields.session")}
          values={values}
          errors={errors}
          options={[{ value: "", label: t("noSession") }, ...sessions.map((s) => ({ value: s.slug, label: s.label }))]}
        />
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
              <GgeSelect
                name={`keyPoints.${i}.topic`}
                label={t("fields.topic")}
                values={values}
                errors={errors}
                options={GGE_TOPICS.map((topic) => ({ value: topic, label: t(`topics.${topic}`) }))}
              />
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
    </GgeFormShell>
  );
}
