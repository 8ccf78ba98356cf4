"use client";
import { useFormatter, useTranslations } from "next-intl";
import type { InitiativeFormState } from "@/lib/actions/initiative-form-state";
import type { FormValues } from "@/lib/validations/admin-form";
import { useFieldLabel } from "./field-label";

const shown = (value: string | string[] | undefined) => (Array.isArray(value) ? [...value].sort().join(", ") : (value ?? "").trim());

/** Both versions side by side, field by field, where they differ. */
export function ConflictPanel({ mine, conflict }: { mine: FormValues; conflict: NonNullable<InitiativeFormState["conflict"]> }) {
  const t = useTranslations("AdminForm");
  const format = useFormatter();
  const label = useFieldLabel();
  const keys = [...new Set([...Object.keys(mine), ...Object.keys(conflict.theirs)])].filter(
    (k) => k !== "version" && !k.startsWith("newOrg.") && !k.startsWith("$") && shown(mine[k]) !== shown(conflict.theirs[k]),
  );
  return (
    <section role="alert" aria-labelledby="conflict-title" className="mt-4 rounded border-2 border-amber-700 bg-amber-50 p-4" data-testid="conflict">
      <h2 id="conflict-title" className="font-bold">
        {t("conflict.title")}
      </h2>
      <p className="mt-1">
        {t("conflict.description", {
          version: conflict.version,
          by: conflict.by ?? t("conflict.someone"),
          at: conflict.at ? format.dateTime(new Date(conflict.at), { dateStyle: "medium", timeStyle: "short" }) : "—",
        })}
      </p>
      <table className="mt-3 w-full border-collapse text-sm">
        <thead>
          <tr className="text-left">
            <th scope="col" className="border-b border-slate-400 p-1">
              {t("conflict.field")}
            </th>
            <th scope="col" className="border-b border-slate-400 p-1">
              {t("conflict.yours")}
            </th>
            <th scope="col" className="border-b border-slate-400 p-1">
              {t("conflict.theirs")}
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k} className="align-top">
              <th scope="row" className="border-b border-slate-200 p-1 text-left font-semibold">
                {label(k)} <code className="text-xs font-normal">{k}</code>
              </th>
              <td className="whitespace-pre-wrap border-b border-slate-200 p-1">{shown(mine[k]) || "—"}</td>
              <td className="whitespace-pre-wrap border-b border-slate-200 p-1">{shown(conflict.theirs[k]) || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3">{t("conflict.hint")}</p>
    </section>
  );
}
