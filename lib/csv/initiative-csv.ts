import Papa from "papaparse";
import { LOCALES } from "../validations/common";
import { initiativeInputSchema, type InitiativeInput } from "../validations/initiative";
import { initiativeToValues, issuesToFieldErrors, valuesToInitiativeRaw, LOCALIZED_FIELDS, type FieldError, type FormValues } from "../validations/admin-form";

const LOCALIZED_COLUMNS = LOCALIZED_FIELDS.map((field) => (field === "period.text" ? "periodText" : field));

/** The column layout of import and export (documented in README.md). */
export const CSV_COLUMNS = [
  "slug",
  "status",
  "originalLocale",
  "appendixRow",
  ...LOCALIZED_COLUMNS.flatMap((field) => LOCALES.map((l) => `${field}_${l}`)),
  "organisations",
  "recipientCountries",
  "recipientGroups",
  "themes",
  "targetGroups",
  "startYear",
  "startMonth",
  "endYear",
  "endMonth",
  "ongoing",
  "sourceDocument",
  "sourceLocator",
  "sourceLine",
] as const;

const REQUIRED_COLUMNS = ["slug", "originalLocale", "organisations", "themes", "sourceDocument", "sourceLocator"];

/** CSV column ↔ form field name (the form's field names are the schema paths). */
const FIELD_OF: Record<string, string> = {
  startYear: "period.startYear",
  startMonth: "period.startMonth",
  endYear: "period.endYear",
  endMonth: "period.endMonth",
  ongoing: "period.ongoing",
  sourceDocument: "source.document",
  sourceLocator: "source.locator",
  sourceLine: "source.line",
};
for (const field of LOCALIZED_FIELDS) for (const l of LOCALES) FIELD_OF[`${field === "period.text" ? "periodText" : field}_${l}`] = `${field}.${l}`;
const COLUMN_OF = Object.fromEntries(Object.entries(FIELD_OF).map(([column, field]) => [field, column]));

export function columnOfField(field: string) {
  if (field.startsWith("organisations")) return "organisations";
  return COLUMN_OF[field] ?? field.split(".")[0];
}

const ORGANISATION_ENTRY = /^(donor|partner):[a-z0-9-]+(:(funding)?(:[1-4]?)?)?$/;

const listCell = (value: string) =>
  value
    .split(/[;,]/)
    .map((v) => v.trim())
    .filter(Boolean);

/** "donor:jica:funding:1; partner:nec::4" → organisations.N.* form fields. */
function organisationValues(cell: string, values: FormValues) {
  cell
    .split(";")
    .map((e) => e.trim())
    .filter(Boolean)
    .forEach((entry, i) => {
      const [column = "", org = "", funding = "", role = ""] = entry.split(":").map((p) => p.trim());
      values[`organisations.${i}.column`] = column;
      values[`organisations.${i}.org`] = org || "?";
      if (funding === "funding") values[`organisations.${i}.funding`] = "on";
      else if (funding) values[`organisations.${i}.column`] = `${column}:${funding}`; // rejected by the schema
      values[`organisations.${i}.iatiRole`] = role;
    });
}

// Export prefixes cells starting with = + - @ (or a tab / carriage return) with ' so spreadsheets do not
// run them (escapeFormulae); import removes that prefix again so that a round trip keeps the text.
const FORMULA_GUARD = /^'(?=[=+\-@\t\r])/;

/** Papa puts the cells beyond the header in an array under this key. */
const EXTRA_CELLS = "__parsed_extra";

export function rowToValues(row: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [column, cell] of Object.entries(row)) {
    if (column === EXTRA_CELLS || typeof cell !== "string") continue;
    const value = cell.replace(FORMULA_GUARD, "").trim();
    if (column === "organisations") organisationValues(value, values);
    else if (["recipientGroups", "themes", "targetGroups"].includes(column)) values[column] = listCell(value);
    else if (column === "ongoing") values["period.ongoing"] = /^(true|yes|1|oui|はい)$/i.test(value) ? "on" : "";
    else values[FIELD_OF[column] ?? column] = value;
  }
  values.status ||= "draft";
  return values;
}

export type CsvRowResult = { row: number; slug: string; problems: (FieldError & { column: string })[]; input: InitiativeInput | null };
export type CsvParseResult = { fileProblems: FieldError[]; rows: CsvRowResult[] };

export { CSV_MAX_BYTES } from "./limits";
export const CSV_MAX_ROWS = 2000;

/** Parses and validates every row with initiativeInputSchema; references to the database are checked by the caller. */
export function parseInitiativeCsv(text: string): CsvParseResult {
  const parsed = Papa.parse<Record<string, unknown>>(text.replace(/^\uFEFF/, ""), { header: true, delimiter: ",", skipEmptyLines: "greedy" });
  const fields = parsed.meta.fields ?? [];
  const fileProblems: FieldError[] = [];
  if (fields.length === 1 && fields[0].includes(";")) return { fileProblems: [{ key: "csv.semicolons" }], rows: [] };
  const unknown = fields.filter((f) => !(CSV_COLUMNS as readonly string[]).includes(f));
  const missing = REQUIRED_COLUMNS.filter((c) => !fields.includes(c));
  if (unknown.length) fileProblems.push({ key: "csv.unknownColumns", values: { columns: unknown.join(", ") } });
  if (missing.length) fileProblems.push({ key: "csv.missingColumns", values: { columns: missing.join(", ") } });
  if (parsed.data.length === 0) fileProblems.push({ key: "csv.empty" });
  if (parsed.data.length > CSV_MAX_ROWS) fileProblems.push({ key: "csv.tooManyRows", values: { max: String(CSV_MAX_ROWS) } });
  if (fileProblems.length) return { fileProblems, rows: [] };

  const parseErrors = new Map<number, string>();
  for (const error of parsed.errors) if (error.row !== undefined) parseErrors.set(error.row, error.code);
  const seen = new Set<string>();
  const rows = parsed.data.map((row, index): CsvRowResult => {
    const values = rowToValues(row);
    const { raw, orgRows } = valuesToInitiativeRaw(values);
    const result = initiativeInputSchema.safeParse(raw);
    const problems: CsvRowResult["problems"] = [];
    if (Array.isArray(row[EXTRA_CELLS])) problems.push({ column: "", key: "csv.tooManyCells", values: { count: String(fields.length) } });
    else if (parseErrors.has(index)) problems.push({ column: "", key: "csv.malformedRow" });
    const badEntries = String(row.organisations ?? "")
      .split(";")
      .map((e) => e.trim())
      .filter((e) => e && !ORGANISATION_ENTRY.test(e));
    if (badEntries.length) problems.push({ column: "organisations", key: "csv.organisationFormat", values: { value: badEntries.join("; ") } });
    if (!result.success)
      for (const [field, errors] of Object.entries(issuesToFieldErrors(result.error.issues, { orgRows, raw })))
        for (const error of errors) problems.push({ ...error, column: columnOfField(field) });
    if (seen.has(raw.slug)) problems.push({ column: "slug", key: "csv.duplicateSlug" });
    seen.add(raw.slug);
    return { row: index + 1, slug: raw.slug, problems, input: result.success && !problems.length ? result.data : null };
  });
  return { fileProblems, rows };
}

export function initiativesToCsv(inputs: InitiativeInput[]): string {
  const rows = inputs.map((input) => {
    const values = initiativeToValues(input);
    const row: Record<string, string> = {};
    for (const column of CSV_COLUMNS) {
      const field = FIELD_OF[column] ?? column;
      const value = values[field];
      row[column] = Array.isArray(value) ? value.join(";") : (value ?? "");
    }
    row.ongoing = input.period.ongoing ? "true" : "false";
    row.organisations = input.organisations.map((l) => [l.column, l.org, l.funding ? "funding" : "", l.iatiRole ?? ""].join(":")).join("; ");
    return row;
  });
  // escapeFormulae: cells starting with = + - @ are prefixed so spreadsheets do not run them.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: rows.map((r) => CSV_COLUMNS.map((c) => r[c])) }, { escapeFormulae: true });
}
