import type { ReactNode } from "react";

type Props = {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  /** Shown instead of the chart when there is nothing to chart. */
  empty: ReactNode;
  isEmpty: boolean;
  children: ReactNode;
};

/** A titled section holding a chart, or a sentence saying there is nothing to show. */
export function ChartSection({ id, heading, empty, isEmpty, children }: Props) {
  return (
    <section className="mt-8" aria-labelledby={id}>
      <h2 id={id} className="text-2xl font-semibold">
        {heading}
      </h2>
      {isEmpty ? <p className="mt-2 text-slate-700">{empty}</p> : <div className="mt-3">{children}</div>}
    </section>
  );
}
