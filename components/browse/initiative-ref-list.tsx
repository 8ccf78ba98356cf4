import type { ComponentProps, ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { InitiativeRef, RefList } from "@/lib/search/browse";
import { PeriodText } from "@/components/ui/period-text";
import { TextLink } from "@/components/ui/text-link";

type Props<T extends InitiativeRef> = {
  list: RefList<T>;
  /** Where the whole list is (the catalogue, filtered), offered when the page shows only its first entries. */
  more: { href: ComponentProps<typeof TextLink>["href"]; label: string };
  extra?: (ref: T) => ReactNode;
  testId?: string;
};

/** A list of initiatives (name and period), each linking to its page; `extra` adds a line per item. */
export async function InitiativeRefList<T extends InitiativeRef>({ list, more, extra, testId }: Props<T>) {
  const t = await getTranslations("InitiativeList");
  return (
    <>
      <ul className="mt-3 space-y-2" data-testid={testId} data-total={list.total}>
        {list.items.map((ref) => (
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
      {list.total > list.items.length ? (
        <p className="mt-3" data-testid={testId ? `${testId}-more` : undefined}>
          {t("shownOf", { shown: list.items.length, total: list.total })}{" "}
          <TextLink className="font-semibold" href={more.href}>
            {more.label}
          </TextLink>
        </p>
      ) : null}
    </>
  );
}
