import type { FieldErrors, FormValues } from "../validations/admin-form";

export type GgeFormState = { values: FormValues; errors: FieldErrors; submission: number };
