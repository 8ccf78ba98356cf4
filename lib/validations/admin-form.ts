import type { z } from "zod";
import { LOCALES } from "./common";
import type { InitiativeInput } from "./initiative";

/** A form's fields as submitted (strings, or string lists for multi-valued fields), kept to refill the form. */
export type FormValues = Record<string, string | string[]>;
export type FieldError = { key: string; values?: Record<string, string> };
export type FieldErrors = Record<string, FieldError[]>;

export const LOCALIZED_FIELDS = [
  "name",
  "summary",
  "objectives",
  "activities",
  "outcomes",
  "recipientText",
  "themeText",
  "targetGroupText",
  "period.text",
] as const;
export const MULTI_FIELDS = ["recipientGroups", "themes", "targetGroups"] as const;
const SCALAR_ARRAYS = new Set(["recipientCountries", "recipientGroups", "themes", "targetGroups"]);

export function formDataToValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION") || key === "locale") continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = (MULTI_FIELDS as readonly string[]).includes(key) ? all : (all[0] ?? "");
  }
  return values;
}

const str = (values: FormValues, key: string) => {
  const value = values[key];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
};
const list = (values: FormValues, key: string) => {
  const value = values[key];
  return Array.isArray(value) ? value : value ? [value] : [];
};
/** "" means no value; anything that is not a whole number is passed on so that the schema rejects it. */
const int = (value: string) => (value === "" ? null : /^-?\d{1,9}$/.test(value) ? Number(value) : value);

function localized(values: FormValues, prefix: string) {
  const text = Object.fromEntries(LOCALES.map((l) => [l, str(values, `${prefix}.${l}`) || undefined]).filter(([, v]) => v));
  return Object.keys(text).length ? text : null;
}

/** Turns the flat form fields into the shape initiativeInputSchema validates; `orgRows` maps link index → form row. */
export function valuesToInitiativeRaw(values: FormValues) {
  const rows = [
    ...new Set(
      Object.keys(values)
        .map((k) => k.match(/^organisations\.(\d+)\./)?.[1])
        .filter(Boolean)
        .map(Number),
    ),
  ].sort((a, b) => a - b);
  const orgRows = rows.filter((row) => str(values, `organisations.${row}.org`) !== "");
  const raw = {
    slug: str(values, "slug"),
    appendixRow: int(str(values, "appendixRow")),
    originalLocale: str(values, "originalLocale"),
    status: str(values, "status"),
    name: localized(values, "name") ?? {},
    summary: localized(values, "summary"),
    objectives: localized(values, "objectives"),
    activities: localized(values, "activities"),
    outcomes: localized(values, "outcomes"),
    organisations: orgRows.map((row) => ({
      org: str(values, `organisations.${row}.org`),
      column: str(values, `organisations.${row}.column`),
      funding: str(values, `organisations.${row}.funding`) === "on",
      iatiRole: int(str(values, `organisations.${row}.iatiRole`)),
    })),
    recipientCountries: str(values, "recipientCountries")
      .split(/[\s,;]+/)
      .filter(Boolean),
    recipientGroups: list(values, "recipientGroups"),
    recipientText: localized(values, "recipientText"),
    themes: list(values, "themes"),
    themeText: localized(values, "themeText"),
    targetGroups: list(values, "targetGroups"),
    targetGroupText: localized(values, "targetGroupText"),
    period: {
      startYear: int(str(values, "period.startYear")),
      startMonth: int(str(values, "period.startMonth")),
      endYear: int(str(values, "period.endYear")),
      endMonth: int(str(values, "period.endMonth")),
      ongoing: str(values, "period.ongoing") === "on",
      text: localized(values, "period.text"),
    },
    source: {
      document: str(values, "source.document"),
      locator: str(values, "source.locator"),
      ...(str(values, "source.line") ? { line: int(str(values, "source.line")) } : {}),
    },
  };
  return { raw, orgRows };
}

export function initiativeToValues(input: InitiativeInput & { version?: number }): FormValues {
  const values: FormValues = {
    slug: input.slug,
    appendixRow: input.appendixRow?.toString() ?? "",
    originalLocale: input.originalLocale,
    status: input.status,
    recipientCountries: input.recipientCountries.join(", "),
    recipientGroups: input.recipientGroups,
    themes: input.themes,
    targetGroups: input.targetGroups,
    "period.startYear": input.period.startYear?.toString() ?? "",
    "period.startMonth": input.period.startMonth?.toString() ?? "",
    "period.endYear": input.period.endYear?.toString() ?? "",
    "period.endMonth": input.period.endMonth?.toString() ?? "",
    "source.document": input.source.document,
    "source.locator": input.source.locator,
    "source.line": input.source.line?.toString() ?? "",
  };
  if (input.period.ongoing) values["period.ongoing"] = "on";
  if (input.version !== undefined) values.version = String(input.version);
  const texts: Record<string, Partial<Record<string, string>> | null> = {
    name: input.name,
    summary: input.summary,
    objectives: input.objectives,
    activities: input.activities,
    outcomes: input.outcomes,
    recipientText: input.recipientText,
    themeText: input.themeText,
    targetGroupText: input.targetGroupText,
    "period.text": input.period.text,
  };
  for (const [field, text] of Object.entries(texts)) for (const l of LOCALES) if (text?.[l]) values[`${field}.${l}`] = text[l]!;
  input.organisations.forEach((link, i) => {
    values[`organisations.${i}.org`] = link.org;
    values[`organisations.${i}.column`] = link.column;
    if (link.funding) values[`organisations.${i}.funding`] = "on";
    values[`organisations.${i}.iatiRole`] = link.iatiRole?.toString() ?? "";
  });
  return values;
}

const KNOWN_BY_CODE: Record<string, string> = { invalid_type: "invalidType", too_small: "required", too_big: "text.tooLong" };

/** Zod issues → field errors keyed by form field name, with message keys of the Validation namespace. */
export function issuesToFieldErrors(issues: z.core.$ZodIssue[], options: { prefix?: string; orgRows?: number[]; raw?: unknown } = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = [...issue.path];
    let values: Record<string, string> | undefined;
    if (typeof path[0] === "string" && SCALAR_ARRAYS.has(path[0]) && typeof path[1] === "number") {
      const raw = options.raw as Record<string, unknown[]> | undefined;
      const value = raw?.[path[0]]?.[path[1]];
      if (typeof value === "string") values = { value };
      path.length = 1;
    }
    if (path[0] === "organisations" && typeof path[1] === "number" && options.orgRows) {
      const row = options.orgRows[path[1]] ?? path[1];
      if (row === -1)
        path.splice(0, 2, "newOrg"); // the link to the organisation created with the form
      else path[1] = row;
    }
    const field = [options.prefix, ...path.map(String)].filter(Boolean).join(".") || "form";
    const key = /^[a-zA-Z.]+$/.test(issue.message) && issue.message.includes(".") ? issue.message : (KNOWN_BY_CODE[issue.code] ?? "invalid");
    (errors[field] ??= []).push(values ? { key: key === "country.invalid" ? "country.invalidValue" : key, values } : { key });
  }
  return errors;
}

/** Lower-case letters and digits only, accents dropped: compares "Agence française" with "AGENCE FRANCAISE". */
export function normalizeName(value: string) {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** A slug from a name, or "" when the name has no Latin letters or digits. */
export function slugify(value: string) {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}
