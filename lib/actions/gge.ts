"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "../auth/require-role";
import { saveGgeDocument, saveGgeSession, type GgeSaveResult } from "../db/admin-gge";
import { formDataToValues, issuesToFieldErrors, type FieldErrors } from "../validations/admin-form";
import { localeSchema, slugSchema } from "../validations/common";
import { documentValuesToRaw, sessionValuesToRaw } from "../validations/gge-form";
import { ggeDocumentSchema, ggeSessionSchema } from "../validations/reference";
import type { GgeFormState } from "./gge-form-state";

// The locale and, when editing, the record's slug come in hidden fields rather than through .bind():
// a form bound on the client does not survive a post without JavaScript.

function resultErrors(result: Exclude<GgeSaveResult, { status: "saved" }>): FieldErrors {
  if (result.status === "unknown") return { [result.field]: [{ key: "reference.unknown", values: { value: result.values.join(", ") } }] };
  if (result.status === "slugTaken") return { slug: [{ key: "slug.taken" }] };
  if (result.status === "symbolTaken") return { symbol: [{ key: "symbol.taken" }] };
  return { form: [{ key: "notFound" }] };
}

/** "members.3" → "members", naming the code that is wrong (the form has one field for all members). */
function memberErrors(errors: FieldErrors, members: string[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, list] of Object.entries(errors)) {
    const index = /^members\.(\d+)$/.exec(field)?.[1];
    if (index === undefined) out[field] = list;
    else (out.members ??= []).push({ key: "country.invalidValue", values: { value: members[Number(index)] ?? "" } });
  }
  return out;
}

export async function saveGgeSessionAction(prev: GgeFormState, formData: FormData): Promise<GgeFormState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const user = await requireRole("editor", locale);
  const values = formDataToValues(formData);
  const original = slugSchema.safeParse(values.original);
  const submission = prev.submission + 1;
  const raw = sessionValuesToRaw(values);
  if (original.success) raw.slug = original.data;
  const parsed = ggeSessionSchema.safeParse(raw);
  if (!parsed.success) return { values, errors: memberErrors(issuesToFieldErrors(parsed.error.issues, { raw }), raw.members), submission };
  const result = await saveGgeSession(parsed.data, original.success ? { create: false, slug: original.data } : { create: true }, user.id);
  if (result.status !== "saved") return { values, errors: resultErrors(result), submission };
  revalidatePath(`/${locale}`, "layout");
  redirect(`/${locale}/admin/gge/sessions/${result.slug}/edit?saved=1`);
}

export async function saveGgeDocumentAction(prev: GgeFormState, formData: FormData): Promise<GgeFormState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const user = await requireRole("editor", locale);
  const values = formDataToValues(formData);
  const original = slugSchema.safeParse(values.original);
  const submission = prev.submission + 1;
  const raw = documentValuesToRaw(values);
  if (original.success) raw.slug = original.data;
  const parsed = ggeDocumentSchema.safeParse(raw);
  if (!parsed.success) return { values, errors: issuesToFieldErrors(parsed.error.issues, { raw }), submission };
  const result = await saveGgeDocument(parsed.data, original.success ? { create: false, slug: original.data } : { create: true }, user.id);
  if (result.status !== "saved") return { values, errors: resultErrors(result), submission };
  revalidatePath(`/${locale}`, "layout");
  redirect(`/${locale}/admin/gge/documents/${result.slug}/edit?saved=1`);
}
