"use client";
import { useTranslations, type Messages } from "next-intl";
import type { FieldErrors, FormValues } from "@/lib/validations/admin-form";
import { FormField } from "@/components/ui/form-field";
import { isMessageKey } from "@/lib/i18n/message-keys";
import { inputClass, labelClass } from "./form-styles";

export type GgeFieldKey = keyof Messages["AdminGge"]["fields"];

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
  return (
    <FormField name={name} label={label} errors={errors[name]} hint={hint}>
      {(control) => {
        const props = { ...control, defaultValue: String(values[name] ?? ""), className: inputClass, readOnly };
        return multiline ? <textarea rows={3} {...props} /> : <input type={type} {...props} />;
      }}
    </FormField>
  );
}

type SelectProps = Pick<FieldProps, "name" | "label" | "values" | "errors"> & { options: { value: string; label: string }[]; fallback?: string };

/** One labelled select tied to its error message; `fallback` is chosen when the form has no value yet. */
export function GgeSelect({ name, label, values, errors, options, fallback = "" }: SelectProps) {
  return (
    <FormField name={name} label={label} errors={errors[name]}>
      {(control) => (
        <select {...control} defaultValue={String(values[name] ?? fallback)} className={inputClass}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
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
    const fieldKey = `fields.${key}`;
    const base = isMessageKey(t, fieldKey) ? t(fieldKey) : t("fields.form");
    return language ? `${base} (${language})` : base;
  };
}
