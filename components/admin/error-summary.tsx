"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/validations/admin-form";
import { fieldId, useValidationMessage } from "./field-error";
import { useFieldLabel } from "./field-label";

/** The list of problems above a form; each links to its field. */
export function ErrorSummary({
  errors,
  anchorFor = fieldId,
  labelFor,
}: {
  errors: FieldErrors;
  anchorFor?: (name: string) => string;
  labelFor?: (name: string) => string;
}) {
  const t = useTranslations("AdminForm");
  const message = useValidationMessage();
  const defaultLabel = useFieldLabel();
  const label = labelFor ?? defaultLabel;
  const entries = Object.entries(errors);
  if (!entries.length) return null;
  const count = entries.reduce((n, [, list]) => n + list.length, 0);
  return (
    <div role="alert" className="mt-4 rounded border-2 border-red-700 bg-red-50 p-4" data-testid="error-summary">
      <h2 className="font-bold text-red-900">{t("errorSummary", { count })}</h2>
      <ul className="mt-2 list-disc pl-6">
        {entries.flatMap(([name, list]) =>
          list.map((error, i) => (
            <li key={`${name}-${i}`}>
              <a className="text-red-900 underline" href={`#${anchorFor(name)}`}>
                {label(name)}
              </a>
              : {message(error)}
            </li>
          )),
        )}
      </ul>
    </div>
  );
}
