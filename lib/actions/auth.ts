"use server";
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { attemptLogin } from "../auth/login";
import { clientAddress } from "../auth/client-address";
import { createSession, endSession } from "../auth/session";
import { localeSchema } from "../validations/common";
import { loginSchema } from "../validations/user";

export type LoginState = { error: "invalid" | "locked" | "busy" | "missing" | null; email: string };

export async function loginAction(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const email = String(formData.get("email") ?? "").slice(0, 320);
  const parsed = loginSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { error: "missing", email };
  const result = await attemptLogin(parsed.data.email, parsed.data.password, clientAddress(await headers()));
  if (!result.ok) return { error: result.reason, email };
  await createSession(result.userId);
  const next = String(formData.get("next") ?? "");
  redirect(next.startsWith(`/${locale}/admin`) && !next.includes("//") ? next : `/${locale}/admin`);
}

export async function logoutAction(localeInput: string) {
  const locale = localeSchema.catch("en").parse(localeInput);
  await endSession();
  redirect(`/${locale}/login?loggedOut=1`);
}
