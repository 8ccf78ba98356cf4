"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "../auth/require-role";
import { saveInitiative, setInitiativeStatus, freeInitiativeSlug, getInitiativeForEdit } from "../db/admin-initiatives";
import { findLikelyDuplicates } from "../db/admin-organisations";
import { OrganisationSlugTakenError } from "../db/admin-organisations";
import { UnknownReferenceError } from "../db/initiative-write";
import { initiativeInputSchema, statusTargetSchema } from "../validations/initiative";
import { organisationInputSchema, type OrganisationInput } from "../validations/organisation";
import { localeSchema, slugSchema } from "../validations/common";
import {
  formDataToValues,
  initiativeToValues,
  issuesToFieldErrors,
  slugify,
  valuesToInitiativeRaw,
  type FieldErrors,
  type FormValues,
} from "../validations/admin-form";
import type { InitiativeFormState } from "./initiative-form-state";

const str = (values: FormValues, key: string) => String(values[key] ?? "").trim();

function newOrganisationRaw(values: FormValues) {
  const filled = ["newOrg.name.ja", "newOrg.name.en", "newOrg.name.fr", "newOrg.acronym"].some((k) => str(values, k));
  if (!filled) return null;
  const name = { ja: str(values, "newOrg.name.ja"), en: str(values, "newOrg.name.en"), fr: str(values, "newOrg.name.fr") };
  return {
    org: {
      slug: str(values, "newOrg.slug") || slugify(name.en || name.fr || str(values, "newOrg.acronym")) || "",
      acronym: str(values, "newOrg.acronym") || null,
      type: str(values, "newOrg.type"),
      country: str(values, "newOrg.country") || null,
      name,
      approach: null,
      source: { document: str(values, "source.document"), locator: str(values, "source.locator") },
    },
    link: {
      column: str(values, "newOrg.column"),
      funding: str(values, "newOrg.funding") === "on",
      iatiRole: /^\d$/.test(str(values, "newOrg.iatiRole")) ? Number(str(values, "newOrg.iatiRole")) : null,
    },
  };
}

async function defaultSlug(name: Partial<Record<string, string>>, originalLocale: string) {
  // originalLocale is not validated yet here: "constructor" would reach Object.prototype.
  const names = [Object.hasOwn(name, originalLocale) ? name[originalLocale] : undefined, name.fr, name.en, name.ja];
  const base = names.map((n) => (typeof n === "string" && n ? slugify(n) : "")).find((s) => s.length >= 2) ?? `initiative-${Date.now().toString(36)}`;
  return freeInitiativeSlug(base);
}

/** Creates (no `version` field) or updates an initiative from the admin form. */
// The locale comes in a hidden field rather than through .bind(): a form bound on the client does not
// survive a post without JavaScript.
export async function saveInitiativeAction(prev: InitiativeFormState, formData: FormData): Promise<InitiativeFormState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const user = await requireRole("editor", locale);
  const values = formDataToValues(formData);
  const submission = prev.submission + 1;
  const isCreate = !("version" in values);
  const expectedVersion = isCreate ? null : Number(values.version);
  const fail = (errors: FieldErrors, extra: Partial<InitiativeFormState> = {}): InitiativeFormState => ({
    status: "invalid",
    values,
    errors,
    submission,
    ...extra,
  });
  if (expectedVersion !== null && !Number.isInteger(expectedVersion)) return fail({ form: [{ key: "invalid" }] });

  const { raw, orgRows } = valuesToInitiativeRaw(values);
  if (isCreate && !raw.slug) raw.slug = await defaultSlug(raw.name, raw.originalLocale);
  const newOrg = newOrganisationRaw(values);
  if (newOrg) {
    raw.organisations.push({ org: newOrg.org.slug || "x", ...newOrg.link });
    orgRows.push(-1);
  }
  const parsed = initiativeInputSchema.safeParse(raw);
  const orgParsed = newOrg ? organisationInputSchema.safeParse(newOrg.org) : null;
  const errors: FieldErrors = {
    ...(parsed.success ? {} : issuesToFieldErrors(parsed.error.issues, { orgRows, raw })),
    ...(orgParsed && !orgParsed.success ? issuesToFieldErrors(orgParsed.error.issues, { prefix: "newOrg" }) : {}),
  };
  if (!parsed.success || (orgParsed && !orgParsed.success)) return fail(errors);
  const organisation: OrganisationInput | undefined = orgParsed?.success ? orgParsed.data : undefined;

  if (organisation && str(values, "newOrg.confirm") !== "on") {
    const duplicates = await findLikelyDuplicates(organisation);
    if (duplicates.length) return { status: "duplicate", values, errors: {}, duplicates, submission };
  }

  let result;
  try {
    result = await saveInitiative(parsed.data, { expectedVersion, userId: user.id, newOrganisation: organisation });
  } catch (error) {
    if (error instanceof OrganisationSlugTakenError) return fail({ "newOrg.slug": [{ key: "slug.taken" }] });
    if (!(error instanceof UnknownReferenceError)) throw error;
    const field = error.field === "source" ? "source.document" : error.field;
    return fail({ [field]: [{ key: "reference.unknown", values: { value: error.values.join(", ") } }] });
  }
  if (result.status === "slugTaken") return fail({ slug: [{ key: "slug.taken" }] });
  if (result.status === "notFound") return fail({ form: [{ key: "notFound" }] });
  if (result.status === "conflict") {
    const last = await getInitiativeForEdit(parsed.data.slug);
    const theirs = initiativeToValues(result.current);
    return {
      status: "conflict",
      values: { ...values, version: String(result.current.version) },
      errors: {},
      conflict: { theirs, version: result.current.version, by: last?.lastChange?.by ?? null, at: last?.lastChange?.at.toISOString() ?? null },
      submission,
    };
  }
  revalidatePath(`/${locale}`, "layout");
  redirect(`/${locale}/admin/initiatives/${result.slug}/edit?saved=${result.version}`);
}

/** Archive (status "archived") or restore (back to draft); both keep the record and its history. */
export async function changeInitiativeStatusAction(localeInput: string, formData: FormData) {
  const locale = localeSchema.catch("en").parse(localeInput);
  const user = await requireRole("editor", locale);
  const slug = slugSchema.safeParse(formData.get("slug"));
  const version = Number(formData.get("version"));
  const target = statusTargetSchema.safeParse(formData.get("target"));
  if (!slug.success || !target.success || !Number.isInteger(version)) redirect(`/${locale}/admin/initiatives`);
  const result = await setInitiativeStatus(slug.data, target.data, version, user.id);
  if (result.status === "notFound") redirect(`/${locale}/admin/initiatives`);
  revalidatePath(`/${locale}`, "layout");
  const outcome = result.status === "saved" ? (target.data === "archived" ? "archived" : "restored") : "conflict";
  redirect(`/${locale}/admin/initiatives/${slug.data}/edit?status=${outcome}`);
}
