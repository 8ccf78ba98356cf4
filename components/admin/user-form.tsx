"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createUserAction, type UserFormState } from "@/lib/actions/users";
import { ErrorSummary } from "./error-summary";
import { FieldErrorText, errorProps } from "./field-error";
import { buttonClass, inputClass, labelClass } from "./form-styles";

export function UserForm() {
  const locale = useLocale();
  const t = useTranslations("AdminUsers");
  const initial: UserFormState = { values: { email: "", name: "", role: "editor" }, errors: {}, created: null };
  const [state, action, pending] = useActionState(createUserAction, initial);
  const err = (name: string) => state.errors[name];
  return (
    <form action={action} noValidate className="mt-4 max-w-lg space-y-3" key={state.created ?? "form"}>
      {state.created ? <p role="status" className="rounded bg-brand-50 p-3">{t("created", { email: state.created })}</p> : null}
      <ErrorSummary errors={state.errors} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label className={labelClass} htmlFor="f-email">{t("email")}</label>
        <input type="email" autoComplete="off" {...errorProps("email", err("email"))} defaultValue={state.values.email} className={inputClass} />
        <FieldErrorText name="email" errors={err("email")} />
      </div>
      <div>
        <label className={labelClass} htmlFor="f-name">{t("name")}</label>
        <input {...errorProps("name", err("name"))} defaultValue={state.values.name} className={inputClass} />
        <FieldErrorText name="name" errors={err("name")} />
      </div>
      <div>
        <label className={labelClass} htmlFor="f-role">{t("role")}</label>
        <select {...errorProps("role", err("role"))} defaultValue={state.values.role} className={inputClass}>
          <option value="editor">{t("roles.editor")}</option>
          <option value="admin">{t("roles.admin")}</option>
        </select>
        <FieldErrorText name="role" errors={err("role")} />
      </div>
      <div>
        <label className={labelClass} htmlFor="f-password">{t("password")}</label>
        <p id="password-hint" className="text-sm text-slate-700">{t("passwordHint")}</p>
        <input type="password" autoComplete="new-password" {...errorProps("password", err("password"), "password-hint")} className={inputClass} />
        <FieldErrorText name="password" errors={err("password")} />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>{t("create")}</button>
    </form>
  );
}
