"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { requireRole } from "../auth/require-role";
import { commitImport, importIsClean, previewImport } from "../db/admin-import";
import { type CsvRowResult } from "../csv/initiative-csv";
import { CSV_MAX_BYTES } from "../csv/limits";
import { decodeCsv, type CsvEncoding } from "../csv/decode";
import { keepUpload, takeUpload } from "../db/csv-uploads";
import { localeSchema } from "../validations/common";
import type { FieldError } from "../validations/admin-form";

export type ImportState = {
  status: "idle" | "preview" | "imported" | "rejected";
  /** Names the previewed upload kept on the server; "Import" sends it instead of the file again. */
  token: string;
  encoding: CsvEncoding | null;
  fileProblems: FieldError[];
  rows: (Omit<CsvRowResult, "input"> & { action: "create" | "update" | null })[];
  imported: number;
};

type Upload = { text: string; encoding: CsvEncoding } | { problem: FieldError };

async function readUpload(formData: FormData, userId: string): Promise<Upload> {
  const token = formData.get("token");
  if (typeof token === "string" && token) return (await takeUpload(userId, token)) ?? { problem: { key: "csv.previewExpired" } };
  const file = formData.get("file");
  if (file instanceof File && file.size > 0) {
    if (file.size > CSV_MAX_BYTES) return { problem: { key: "csv.tooLarge" } };
    const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()));
    return decoded.ok ? decoded : { problem: { key: decoded.key } };
  }
  // A CSV pasted as text (also how tests and scripts post one in a single request).
  const text = formData.get("csv");
  if (typeof text !== "string" || !text) return { problem: { key: "csv.empty" } };
  if (Buffer.byteLength(text) > CSV_MAX_BYTES) return { problem: { key: "csv.tooLarge" } };
  const decoded = decodeCsv(new TextEncoder().encode(text));
  return decoded.ok ? decoded : { problem: { key: decoded.key } };
}

/** "preview" validates only; "import" validates again and writes everything in one transaction, or nothing. */
export async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const locale = localeSchema.catch("en").parse(formData.get("locale"));
  const user = await requireRole("editor", locale);
  const upload = await readUpload(formData, user.id);
  const empty: ImportState = { status: "rejected", token: "", encoding: null, fileProblems: [], rows: [], imported: 0 };
  if ("problem" in upload) return { ...empty, fileProblems: [upload.problem] };
  if (!upload.text.trim()) return { ...empty, encoding: upload.encoding, fileProblems: [{ key: "csv.empty" }] };
  const preview = await previewImport(upload.text);
  const clean = importIsClean(preview);
  const state: ImportState = {
    ...empty,
    status: clean ? "preview" : "rejected",
    encoding: upload.encoding,
    fileProblems: preview.fileProblems,
    rows: preview.rows.map(({ input: _input, ...row }) => ({ ...row, action: preview.actions[row.row] ?? null })),
  };
  if (formData.get("intent") !== "import" || !clean) return clean ? { ...state, token: await keepUpload(user.id, upload.text, upload.encoding) } : state;
  const imported = await commitImport(
    preview.rows.map((row) => row.input!),
    user.id,
  );
  revalidatePath(`/${locale}`, "layout");
  return { ...state, status: "imported", imported };
}
