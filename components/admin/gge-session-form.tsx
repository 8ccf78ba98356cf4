"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveGgeSessionAction } from "@/lib/actions/gge";
import type { GgeFormState } from "@/lib/actions/gge-form-state";
import type { FormValues } from "@/lib/validations/admin-form";
import { GgeField, GgeLocalizedFields, GgeSelect, type GgeFieldKey } from "./gge-fields";
import { GgeFormShell } from "./gge-form-shell";

/** Creates a GGE session, or edits one when `original` (its slug) is given. Works without JavaScript. */
export function GgeSessionForm({ initial, original }: { initial: FormValues; original?: string }) {
  const t = useTranslations("AdminGge");
  const [state, action, pending] = useActionState(saveGgeSessionAction, { values: initial, errors: {}, submission: 0 } satisfies GgeFormState);
  const { values, errors } = state;
  const field = (name: string, key: GgeFieldKey, extra: { hint?: string; multiline?: boolean; type?: string } = {}) => (
    <GgeField name={name} label={t(`fields.${key}`)} values={values} errors={errors} {...extra} />
  );
  return (
    <GgeFormShell state={state} action={action} pending={pending} original={original}>
      <div className="grid gap-3 sm:grid-cols-4">
        {field("number", "number", { type: "number" })}
        {field("startYear", "startYear", { type: "number" })}
        {field("endYear", "endYear", { type: "number" })}
        {field("mandate", "mandate", { hint: t("hints.mandate") })}
      </div>
      <GgeSelect
        name="outcome"
        label={t("fields.outcome")}
        values={values}
        errors={errors}
        fallback="consensus-report"
        options={[
          { value: "consensus-report", label: t("outcomes.consensus-report") },
          { value: "no-consensus", label: t("outcomes.no-consensus") },
        ]}
      />
      <GgeLocalizedFields name="chair.name" label={t("fields.chairName")} values={values} errors={errors} />
      {field("chair.country", "chairCountry", { hint: t("hints.country") })}
      {field("members", "members", { hint: t("hints.members"), multiline: true })}
      <GgeLocalizedFields name="summary" label={t("fields.summary")} values={values} errors={errors} multiline />
    </GgeFormShell>
  );
}
