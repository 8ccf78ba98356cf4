"use client";
import { useTranslations } from "next-intl";
import type { FieldErrors, FormValues } from "@/lib/validations/admin-form";
import { FieldErrorText, errorProps } from "./field-error";
import { inputClass, labelClass } from "./form-styles";

type FieldProps = {
  name: string;
  label: string;
  values: FormValues;
  errors: FieldErrors;
  hint?: string;
  multiline?: boolean;
  readOnly?: boolean;
  type?: string;
};

/** One labelled input (or textarea) tied to its hint and error message. */
export function GgeField({ name, label, values, errors, hint, multiline, readOnly, type = "text" }: FieldProps) {
  const hintId = hint ? `${name.replace(/[^a-zA-Z0-9]+/g, "-")}-hint` : undefined;
  const props = { ...errorProps(name, errors[name], hintId), defaultValue: String(values[name] ?? ""), className: inputClass, readOnly };
  return (
    <div>
      <label className={labelClass} htmlFor={props.id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />}
      <FieldErrorText name={name} errors={errors[name]} />
    </div>
  );
}

/** The same text in Japanese, English and French. */
export function GgeLocalizedFields({ name, label, values, errors, multiline }: Omit<FieldProps, "hint" | "readOnly" | "type">) {
  const t = useTranslations("AdminGge");
  return (
    <fieldset className="grid gap-3 sm:grid-cols-3">
      <legend className={labelClass}>{label}</legend>
      {(["ja", "en", "fr"] as const).map((locale) => (
        <GgeField key={locale} name={`${name}.${locale}`} label={t(`languages.${locale}`)} values={values} errors={errors} multiline={multiline} />
      ))}
    </fieldset>
  );
}

/** A readable label for an error in the summary ("keyPoints.2.text.fr" → "Key point 3: text (French)"). */
export function useGgeFieldLabel() {
  const t = useTranslations("AdminGge");
  return (name: string): string => {
    const parts = name.split(".");
    const language = ["ja", "en", "fr"].includes(parts.at(-1)!) ? t(`languages.${parts.at(-1) as "ja"}`) : null;
    if (parts[0] === "keyPoints" && parts.length > 2)
      return t("fields.keyPointField", {
        n: Number(parts[1]) + 1,
        field: t(`fields.${parts[2] === "text" ? "text" : parts[2] === "topic" ? "topic" : "paragraphs"}`),
        language: language ?? "",
      });
    const key =
      parts[0] === "source" ? `source_${parts[1] ?? "document"}` : parts[0] === "chair" ? (parts[1] === "name" ? "chairName" : "chairCountry") : parts[0];
    const base = t.has(`fields.${key}` as never) ? t(`fields.${key}` as never) : t("fields.form");
    return language ? `${base} (${language})` : base;
  };
}
