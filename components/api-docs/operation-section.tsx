import { getTranslations } from "next-intl/server";
import { parameterSchema, type Operation } from "@/lib/api/openapi";
import { schemaSummary } from "./schema-summary";

/** One endpoint: what it does, its parameters, its responses and a curl line that works as pasted. */
export async function OperationSection({ op, siteUrl }: { op: Operation; siteUrl: string }) {
  const t = await getTranslations("ApiDocs");
  const download = op.id === "exportInitiatives" ? " -o initiatives.csv" : "";
  const curl = `curl -sS${download} '${siteUrl}${op.example}'`;
  return (
    <section className="mt-8 border-t border-slate-200 pt-6" aria-labelledby={`op-${op.id}`}>
      <h3 id={`op-${op.id}`} className="font-mono text-lg font-semibold">
        <span className="mr-2 rounded bg-brand-800 px-2 py-0.5 text-sm text-white">GET</span> {op.path}
      </h3>
      <p className="mt-2">{t(`operations.${op.id}`)}</p>
      <h4 className="mt-4 font-semibold">{t("parameters")}</h4>
      {op.params.length ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-1 pr-3">
                  {t("name")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("in")}
                </th>
                <th scope="col" className="py-1 pr-3">
                  {t("type")}
                </th>
                <th scope="col" className="py-1">
                  {t("descriptionColumn")}
                </th>
              </tr>
            </thead>
            <tbody>
              {op.params.map((p) => (
                <tr key={p.name} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-mono font-normal">
                    {p.name}
                    {p.required ? <span className="ml-1 text-xs text-slate-700">({t("required")})</span> : null}
                  </th>
                  <td className="py-1 pr-3">{p.in === "path" ? t("inPath") : t("inQuery")}</td>
                  <td className="py-1 pr-3 font-mono">{schemaSummary(parameterSchema(p.schema))}</td>
                  <td className="py-1">{t(`params.${p.name as "q"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-2 text-sm">{t("noParameters")}</p>
      )}
      <h4 className="mt-4 font-semibold">{t("responses")}</h4>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {Object.entries(op.responses).map(([status, content]) => (
          <li key={status}>
            <span className="font-mono">{status}</span> — {t(`status.${status as "200"}`)}
            {content && Object.keys(content).length ? <span className="font-mono text-slate-700"> ({Object.keys(content).join(", ")})</span> : null}
          </li>
        ))}
      </ul>
      <h4 className="mt-4 font-semibold">{t("example")}</h4>
      <pre className="mt-1 overflow-x-auto rounded bg-slate-900 p-3 text-sm text-white" tabIndex={0} aria-label={t("exampleLabel", { path: op.path })}>
        <code data-testid="curl">{curl}</code>
      </pre>
    </section>
  );
}
