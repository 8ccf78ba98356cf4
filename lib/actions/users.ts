"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "../auth/require-role";
import { changeUserRole, createUser, DuplicateEmailError, LastAdminError } from "../db/users";
import { localeSchema } from "../validations/common";
import { roleSchema, userInputSchema } from "../validations/user";
import { issuesToFieldErrors, type FieldErrors } from "../validations/admin-form";

export type UserFormState = { values: { email: string; name: string; role: string }; errors: FieldErrors; created: string | null };

export async function createUserAction(_prev: UserFormState, formData: FormData): Promise<UserFormState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const admin = await requireRole("admin", locale);
  const values = { email: String(formData.get("email") ?? ""), name: String(formData.get("name") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = userInputSchema.safeParse({ ...values, password: formData.get("password") ?? "" });
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error.issues), created: null };
  try {
    await createUser(parsed.data, admin.id);
  } catch (error) {
    if (!(error instanceof DuplicateEmailError)) throw error;
    return { values, errors: { email: [{ key: "email.taken" }] }, created: null };
  }
  revalidatePath(`/${locale}/admin/users`);
  return { values: { email: "", name: "", role: "editor" }, errors: {}, created: parsed.data.email };
}

export async function changeRoleAction(localeInput: string, formData: FormData) {
  const locale = localeSchema.catch("en").parse(localeInput);
  const admin = await requireRole("admin", locale);
  const role = roleSchema.safeParse(formData.get("role"));
  const userId = String(formData.get("userId") ?? "").slice(0, 64);
  if (!role.success || !userId) redirect(`/${locale}/admin/users?result=invalid`);
  let outcome = "changed";
  try {
    if (!(await changeUserRole(userId, role.data, admin.id))) outcome = "invalid";
  } catch (error) {
    if (!(error instanceof LastAdminError)) throw error;
    outcome = "lastAdmin";
  }
  revalidatePath(`/${locale}/admin/users`);
  redirect(`/${locale}/admin/users?result=${outcome}`);
}
