"use client";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { GgeFormState } from "@/lib/actions/gge-form-state";
import { ErrorSummary } from "./error-summary";
import { GgeField, useGgeFieldLabel } from "./gge-fields";
import { GgeSourceFields } from "./gge-source-fields";
import { buttonClass } from "./form-styles";

type Props = {
  state: GgeFormState;
  action: (formData: FormData) => void;
  pending: boolean;
  /** The slug of the record being edited; absent when creating one. */
  original?: string;
  children: ReactNode;
};

/** What every GGE admin form has around its own fields: the error summary, the slug, the source citation, the save button. */
export function GgeFormShell({ state, action, pending, original, children }: Props) {
  const locale = useLocale();
  const t = useTranslations("AdminGge");
  const { values, errors } = state;
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
      {children}
      <GgeSourceFields values={values} errors={errors} />
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
