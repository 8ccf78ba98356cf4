import type { FieldErrors, FormValues } from "../validations/admin-form";

export type DuplicateCandidate = { slug: string; acronym: string | null; name: { ja: string; en: string; fr: string } };

export type InitiativeFormState = {
  status: "idle" | "invalid" | "conflict" | "duplicate";
  values: FormValues;
  errors: FieldErrors;
  /** The record as someone else saved it meanwhile; the form then carries its version so that saving again overwrites it. */
  conflict?: { theirs: FormValues; version: number; by: string | null; at: string | null };
  duplicates?: DuplicateCandidate[];
  submission: number;
};
