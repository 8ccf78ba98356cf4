import { getFormatter, getTranslations } from "next-intl/server";
import type { Link } from "@/lib/i18n/navigation";
import { BarRows } from "./bar-rows";
import type { ComponentProps } from "react";
import { ChartTable } from "./chart-table";

export type Bar = { key: string; label: string; value: number; href?: ComponentProps<typeof Link>["href"] };
type Props = { id: string; title: string; description: string; bars: Bar[]; valueLabel: string; labelHeader: string; maxBars?: number };

/**
 * A horizontal bar chart rendered on the server as SVG, with a title and a description for
 * assistive technology and an equivalent data table; each bar links to the data behind it.
 */
export async function BarChart({ id, title, description, bars, valueLabel, labelHeader, maxBars = 12 }: Props) {
  const format = await getFormatter();
  const t = await getTranslations("Charts");
  const shown = bars.slice(0, maxBars);
  const formatted = shown.map((bar) => format.number(bar.value));
  const hasLinks = bars.some((bar) => bar.href);
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {/* Scales to its container; the region (focusable when no bar is a link) keeps a name for the chart. */}
      <div className="mt-2" {...(hasLinks ? {} : { tabIndex: 0, role: "region", "aria-labelledby": `${id}-title` })}>
        <BarRows
          svgId={`${id}-svg`}
          title={title}
          description={description}
          bars={shown}
          formatted={formatted}
          markLabels={shown.map((bar, index) => t("labelValue", { label: bar.label, value: formatted[index]! }))}
          labels="above"
          className="h-auto w-full max-w-md"
        />
      </div>
      <ChartTable title={title} bars={bars} valueLabel={valueLabel} labelHeader={labelHeader} />
    </figure>
  );
}
