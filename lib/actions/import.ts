"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { requireRole } from "../auth/require-role";
import { commitImport, importIsClean, previewImport } from "../db/admin-import";
import { CSV_MAX_BYTES, type CsvRowResult } from "../csv/initiative-csv";
import { localeSchema } from "../validations/common";
import type { FieldError } from "../validations/admin-form";

export type ImportState = {
  status: "idle" | "preview" | "imported" | "rejected";
  csv: string;
  fileProblems: FieldError[];
  rows: (Omit<CsvRowResult, "input"> & { action: "create" | "update" | null })[];
  imported: number;
};

async function readCsv(formData: FormData): Promise<string | null> {
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) return file.size > CSV_MAX_BYTES ? null : file.text();
  const text = formData.get("csv");
  return typeof text === "string" && text.length <= CSV_MAX_BYTES ? text : null;
}

/** "preview" validates only; "import" validates again and writes everything in one transaction, or nothing. */
export async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const user = await requireRole("editor", locale);
  const text = await readCsv(formData);
  const empty: ImportState = { status: "rejected", csv: "", fileProblems: [], rows: [], imported: 0 };
  if (text === null) return { ...empty, fileProblems: [{ key: "csv.tooLarge" }] };
  if (!text.trim()) return { ...empty, fileProblems: [{ key: "csv.empty" }] };
  const preview = await previewImport(text);
  const clean = importIsClean(preview);
  const state: ImportState = {
    status: clean ? "preview" : "rejected",
    csv: text,
    fileProblems: preview.fileProblems,
    rows: preview.rows.map(({ input: _input, ...row }) => ({ ...row, action: preview.actions[row.row] ?? null })),
    imported: 0,
  };
  if (formData.get("intent") !== "import" || !clean) return state;
  const imported = await commitImport(preview.rows.map((row) => row.input!), user.id);
  revalidatePath(`/${locale}`, "layout");
  return { ...state, status: "imported", csv: "", imported };
}
