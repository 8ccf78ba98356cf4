import { getTranslations } from "next-intl/server";
import type { getGgeComparison } from "@/lib/db/gge";
import { CountryLink } from "./country-link";

type Comparison = Awaited<ReturnType<typeof getGgeComparison>>;

/** For each session after the first, the countries that joined and those that left. */
export async function MembershipChanges({ sessions, changes }: Pick<Comparison, "sessions" | "changes">) {
  const t = await getTranslations("GgeCompare");
  const list = (members: { code: string; name: string }[]) =>
    members.length ? (
      <ul className="inline">
        {members.map((m, i) => (
          <li key={m.code} className="inline">
            {i ? ", " : ""}
            <CountryLink code={m.code} name={m.name} />
          </li>
        ))}
      </ul>
    ) : (
      t("nobody")
    );
  return (
    <ol className="mt-4 space-y-3">
      {changes.slice(1).map((change) => {
        const session = sessions.find((s) => s.number === change.number)!;
        return (
          <li key={change.number} data-testid={`changes-${change.number}`}>
            <h4 className="font-semibold">{t("sessionShort", { number: session.number, start: String(session.startYear), end: String(session.endYear) })}</h4>
            <div>
              <span className="font-medium">{t("joined", { count: change.joined.length })}</span> {list(change.joined)}
            </div>
            <div>
              <span className="font-medium">{t("left", { count: change.left.length })}</span> {list(change.left)}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
