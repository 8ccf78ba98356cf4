"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { loginAction, type LoginState } from "@/lib/actions/auth";
import { buttonClass, inputClass, labelClass } from "./form-styles";

export function LoginForm({ next }: { next: string }) {
  const locale = useLocale();
  const t = useTranslations("Login");
  const [state, action, pending] = useActionState(loginAction, { error: null, email: "" } satisfies LoginState);
  return (
    <form action={action} className="mt-6 max-w-sm space-y-4" noValidate>
      {state.error ? (
        <p id="login-error" role="alert" className="rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
          {t(`errors.${state.error}`)}
        </p>
      ) : null}
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label className={labelClass} htmlFor="email">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          className={inputClass}
          aria-describedby={state.error ? "login-error" : undefined}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <div>
        <label className={labelClass} htmlFor="password">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className={inputClass}
          aria-describedby={state.error ? "login-error" : undefined}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <button type="submit" className={buttonClass} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
