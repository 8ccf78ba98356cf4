"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { importAction, type ImportState } from "@/lib/actions/import";
import { CSV_MAX_BYTES } from "@/lib/csv/limits";
import { useValidationMessage } from "./field-error";
import { buttonClass, inputClass, labelClass, secondaryButtonClass } from "./form-styles";

export function ImportForm() {
  const locale = useLocale();
  const t = useTranslations("AdminImport");
  const message = useValidationMessage();
  const initial: ImportState = { status: "idle", token: "", encoding: null, fileProblems: [], rows: [], imported: 0 };
  const [state, action, pending] = useActionState(importAction, initial);
  const problemRows = state.rows.filter((row) => row.problems.length);
  return (
    <>
      <form action={action} className="mt-4 space-y-3" key={`upload-${state.status}-${state.imported}`}>
        <div>
          <label className={labelClass} htmlFor="csv-file">
            {t("file")}
          </label>
          <input id="csv-file" name="file" type="file" accept=".csv,text/csv" className={inputClass} aria-describedby="csv-file-hint" />
          <p id="csv-file-hint" className="mt-1 text-sm text-slate-700">
            {t("fileHint", { size: CSV_MAX_BYTES / 1_000_000 })}
          </p>
        </div>
        <input type="hidden" name="intent" value="preview" />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={secondaryButtonClass} disabled={pending}>
          {t("preview")}
        </button>
      </form>

      {state.status === "imported" ? (
        <p role="status" className="mt-6 rounded bg-brand-50 p-3 font-semibold" data-testid="import-result">
          {t("imported", { count: state.imported })}
        </p>
      ) : null}
      {state.status === "rejected" || state.status === "preview" ? (
        <section className="mt-6" aria-labelledby="preview-title" data-testid="import-preview">
          <h2 id="preview-title" className="text-xl font-bold">
            {t("previewTitle")}
          </h2>
          {state.status === "rejected" ? (
            <p role="alert" className="mt-2 rounded border-2 border-red-700 bg-red-50 p-3 font-medium text-red-900">
              {t("rejected", { count: problemRows.length })}
            </p>
          ) : (
            <p role="status" className="mt-2">
              {t("ready", { count: state.rows.length })}
            </p>
          )}
          {state.encoding ? (
            <p className="mt-2" data-testid="import-encoding">
              {t("encoding", { name: t(`encodings.${state.encoding}`) })}
            </p>
          ) : null}
          {state.fileProblems.length ? (
            <ul className="mt-2 list-disc pl-6 text-red-900">
              {state.fileProblems.map((p, i) => (
                <li key={i}>{message(p)}</li>
              ))}
            </ul>
          ) : null}
          {state.rows.length ? (
            <table className="mt-3 w-full border-collapse text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="border-b p-2">
                    {t("row")}
                  </th>
                  <th scope="col" className="border-b p-2">
                    {t("slug")}
                  </th>
                  <th scope="col" className="border-b p-2">
                    {t("result")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {state.rows.map((row) => (
                  <tr key={row.row} className="align-top" data-testid={`import-row-${row.row}`}>
                    <td className="border-b p-2">{row.row}</td>
                    <td className="border-b p-2">
                      <code>{row.slug}</code>
                    </td>
                    <td className="border-b p-2">
                      {row.problems.length ? (
                        <ul className="list-disc pl-4 text-red-900">
                          {row.problems.map((p, i) => (
                            <li key={i}>
                              {p.column ? <code>{p.column}</code> : null}
                              {p.column ? ": " : ""}
                              {message(p)}
                            </li>
                          ))}
                        </ul>
                      ) : row.action ? (
                        t(`actions.${row.action}`)
                      ) : (
                        "—"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {state.status === "preview" ? (
            <form action={action} className="mt-4">
              <input type="hidden" name="token" value={state.token} />
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className={buttonClass} disabled={pending}>
                {t("import", { count: state.rows.length })}
              </button>
            </form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
