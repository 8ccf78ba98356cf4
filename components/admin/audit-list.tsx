import { getFormatter, getTranslations } from "next-intl/server";
import type { listAudit } from "@/lib/db/audit";
import { TextLink } from "@/components/ui/text-link";

type Entry = Awaited<ReturnType<typeof listAudit>>["items"][number];

const pretty = (json: string | null) => (json ? JSON.stringify(JSON.parse(json), null, 2) : "—");

/** Audit entries: who, when, what, and the before/after snapshots (shown as text, never as HTML). */
export async function AuditList({ entries, showEntity }: { entries: Entry[]; showEntity: boolean }) {
  const t = await getTranslations("AdminAudit");
  const format = await getFormatter();
  if (!entries.length) return <p className="mt-4">{t("empty")}</p>;
  return (
    <ol className="mt-4 space-y-3" data-testid="audit-list">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded border border-slate-300 p-3">
          <p>
            <time dateTime={entry.createdAt.toISOString()}>{format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}</time>
            {" · "}
            <strong>{t(`actions.${entry.action}`)}</strong>
            {" · "}
            {entry.user?.email ?? t("unknownUser")}
            {showEntity ? (
              <>
                {" · "}
                {entry.entity === "initiative" ? (
                  <TextLink href={`/admin/initiatives/${entry.entitySlug}/history`}>{entry.entitySlug}</TextLink>
                ) : (
                  <code>{entry.entitySlug}</code>
                )}
              </>
            ) : null}
          </p>
          {entry.changed.length ? <p className="mt-1 text-sm">{t("changed", { fields: entry.changed.join(", ") })}</p> : null}
          <details className="mt-2">
            <summary className="cursor-pointer text-brand-800 underline">{t("showSnapshots")}</summary>
            <div className="mt-2 grid gap-3 md:grid-cols-2">
              <div>
                <h3 className="font-semibold">{t("before")}</h3>
                <pre className="max-h-96 overflow-auto whitespace-pre-wrap bg-slate-50 p-2 text-xs" tabIndex={0}>
                  {pretty(entry.before)}
                </pre>
              </div>
              <div>
                <h3 className="font-semibold">{t("after")}</h3>
                <pre className="max-h-96 overflow-auto whitespace-pre-wrap bg-slate-50 p-2 text-xs" tabIndex={0}>
                  {pretty(entry.after)}
                </pre>
              </div>
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
