"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createUserAction, type UserFormState } from "@/lib/actions/users";
import { ErrorSummary } from "./error-summary";
import { buttonClass, inputClass } from "./form-styles";
import { FormField } from "@/components/ui/form-field";

export function UserForm() {
  const locale = useLocale();
  const t = useTranslations("AdminUsers");
  const initial: UserFormState = { values: { email: "", name: "", role: "editor" }, errors: {}, created: null };
  const [state, action, pending] = useActionState(createUserAction, initial);
  const err = (name: string) => state.errors[name];
  return (
    <form action={action} noValidate className="mt-4 max-w-lg space-y-3" key={state.created ?? "form"}>
      {state.created ? (
        <p role="status" className="rounded bg-brand-50 p-3">
          {t("created", { email: state.created })}
        </p>
      ) : null}
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="locale" value={locale} />
      <FormField name="email" label={t("email")} errors={err("email")}>
        {(control) => <input type="email" autoComplete="off" {...control} defaultValue={state.values.email} className={inputClass} />}
      </FormField>
      <FormField name="name" label={t("name")} errors={err("name")}>
        {(control) => <input {...control} defaultValue={state.values.name} className={inputClass} />}
      </FormField>
      <FormField name="role" label={t("role")} errors={err("role")}>
        {(control) => (
          <select {...control} defaultValue={state.values.role} className={inputClass}>
            <option value="editor">{t("roles.editor")}</option>
            <option value="admin">{t("roles.admin")}</option>
          </select>
        )}
      </FormField>
      <FormField name="password" label={t("password")} errors={err("password")} hint={t("passwordHint")}>
        {(control) => <input type="password" autoComplete="new-password" {...control} className={inputClass} />}
      </FormField>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
