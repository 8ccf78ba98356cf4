"use client";
import { useTranslations } from "next-intl";
import type { FieldError } from "@/lib/validations/admin-form";
import { isMessageKey } from "@/lib/i18n/message-keys";

export const fieldId = (name: string) => `f-${name.replace(/[^a-zA-Z0-9]+/g, "-")}`;
export const errorId = (name: string) => `${fieldId(name)}-error`;

/** Attributes that tie an input to its error message. */
export function errorProps(name: string, errors: FieldError[] | undefined, hintId?: string) {
  const ids = [hintId, errors?.length ? errorId(name) : undefined].filter(Boolean).join(" ");
  return { id: fieldId(name), name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": ids || undefined };
}

export function useValidationMessage() {
  const t = useTranslations("Validation");
  return (error: FieldError) => (isMessageKey(t, error.key) ? t(error.key, error.values) : t("invalid"));
}

export function FieldErrorText({ name, errors }: { name: string; errors: FieldError[] | undefined }) {
  const message = useValidationMessage();
  if (!errors?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm font-medium text-red-800">
      {errors.map(message).join(" ")}
    </p>
  );
}
