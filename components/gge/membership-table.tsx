import { getFormatter, getTranslations } from "next-intl/server";
import type { getGgeComparison } from "@/lib/db/gge";
import { CountryLink } from "./country-link";

type Comparison = Awaited<ReturnType<typeof getGgeComparison>>;

/** Countries × sessions: who sat in which GGE, with the member count of each session. */
export async function MembershipTable({ sessions, matrix }: Pick<Comparison, "sessions" | "matrix">) {
  const t = await getTranslations("GgeCompare");
  const format = await getFormatter();
  return (
    <div className="relative mt-4 overflow-x-auto" role="region" aria-label={t("membersCaption", { count: matrix.length })} tabIndex={0}>
      <table className="border-collapse text-sm" data-testid="membership-table">
        <caption className="text-left font-semibold">{t("membersCaption", { count: matrix.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="border px-2 py-1 text-left">
              {t("country")}
            </th>
            {sessions.map((s) => (
              <th key={s.number} scope="col" className="border px-2 py-1">
                {t("sessionShort", { number: s.number, start: String(s.startYear), end: String(s.endYear) })}
              </th>
            ))}
            <th scope="col" className="border px-2 py-1">
              {t("sessionsCount")}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.map((country) => (
            <tr key={country.code}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">
                <CountryLink code={country.code} name={country.name} />
              </th>
              {sessions.map((s) => {
                const member = country.sessions.includes(s.number);
                return (
                  <td key={s.number} className={`border px-2 py-1 text-center ${member ? "bg-brand-50 font-bold text-brand-800" : "text-slate-600"}`}>
                    <span aria-hidden="true">{member ? "●" : "·"}</span>
                    <span className="sr-only">{member ? t("member") : t("notMember")}</span>
                  </td>
                );
              })}
              <td className="border px-2 py-1 text-right">{format.number(country.sessions.length)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="border px-2 py-1 text-left">
              {t("total")}
            </th>
            {sessions.map((s) => (
              <td key={s.number} className="border px-2 py-1 text-center font-semibold" data-testid={`count-${s.number}`}>
                {format.number(s.memberCount)}
              </td>
            ))}
            <td className="border px-2 py-1" />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
