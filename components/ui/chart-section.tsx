import type { ReactNode } from "react";

type Props = {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  /** A line under the heading, shown whether or not there is anything to show. */
  intro?: ReactNode;
  /** Shown instead of the chart when there is nothing to chart. */
  empty: ReactNode;
  isEmpty: boolean;
  /** Shown after the chart or the empty message (a link onwards). */
  footer?: ReactNode;
  children: ReactNode;
};

/** A titled section holding a chart (or a list), or a sentence saying there is nothing to show. */
export function ChartSection({ id, heading, intro, empty, isEmpty, footer, children }: Props) {
  return (
    <section className="mt-8" aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-semibold">
        {heading}
      </h2>
      {intro ? <p className="mt-1 text-sm text-slate-700">{intro}</p> : null}
      {isEmpty ? <p className="mt-2 text-slate-700">{empty}</p> : <div className="mt-3">{children}</div>}
      {footer}
    </section>
  );
}
