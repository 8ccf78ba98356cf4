import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getSessionUser } from "@/lib/auth/session";
import { LoginForm } from "@/components/admin/login-form";
import { ScopedMessages } from "@/components/layout/scoped-messages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string; loggedOut?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Login" });
  return { title: t("title"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { next, loggedOut } = await searchParams;
  if (await getSessionUser()) redirect(`/${locale}/admin`);
  const t = await getTranslations("Login");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      {loggedOut ? (
        <p role="status" className="mt-4 rounded bg-brand-50 p-3">
          {t("loggedOut")}
        </p>
      ) : null}
      <p className="mt-2 text-slate-700">{t("intro")}</p>
      <ScopedMessages namespaces={["Layout", "Catalogue", "Login", "Validation"]}>
        <LoginForm next={typeof next === "string" ? next.slice(0, 300) : ""} />
      </ScopedMessages>
    </div>
  );
}
