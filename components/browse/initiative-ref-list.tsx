import type { ReactNode } from "react";
import type { InitiativeRef } from "@/lib/db/initiative-refs";
import { PeriodText } from "@/components/ui/period-text";
import { TextLink } from "@/components/ui/text-link";

/** A list of initiatives (name and period), each linking to its page; `extra` adds a line per item. */
export function InitiativeRefList<T extends InitiativeRef>({ refs, extra, testId }: { refs: T[]; extra?: (ref: T) => ReactNode; testId?: string }) {
  return (
    <ul className="mt-3 space-y-2" data-testid={testId}>
      {refs.map((ref) => (
        <li key={ref.id}>
          <TextLink href={`/initiatives/${ref.slug}`} lang={ref.lang}>
            {ref.name}
          </TextLink>
          <span className="ml-2 text-sm text-slate-700">
            <PeriodText startYear={ref.startYear} endYear={ref.endYear} ongoing={ref.ongoing} sourceDate={ref.sourceDate} />
          </span>
          {extra ? <div className="text-sm text-slate-700">{extra(ref)}</div> : null}
        </li>
      ))}
    </ul>
  );
}
