"use client";
import type { ReactNode } from "react";
import type { FieldError } from "@/lib/validations/admin-form";
import { FieldErrorText, errorProps, fieldId } from "@/components/admin/field-error";
import { labelClass } from "@/components/admin/form-styles";

type Props = {
  name: string;
  label: ReactNode;
  errors: FieldError[] | undefined;
  hint?: ReactNode;
  /** Renders the control with the id, name and ARIA attributes that tie it to its label, hint and error. */
  children: (control: ReturnType<typeof errorProps>) => ReactNode;
};

/** A labelled form control with its optional hint and its error message. */
export function FormField({ name, label, errors, hint, children }: Props) {
  const hintId = hint ? `${fieldId(name)}-hint` : undefined;
  return (
    <div>
      <label className={labelClass} htmlFor={fieldId(name)}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children(errorProps(name, errors, hintId))}
      <FieldErrorText name={name} errors={errors} />
    </div>
  );
}
