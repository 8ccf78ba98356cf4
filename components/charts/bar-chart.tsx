import { getFormatter } from "next-intl/server";
import type { Link } from "@/lib/i18n/navigation";
import { ChartMark } from "./chart-mark";
import type { ComponentProps } from "react";
import { ChartTable } from "./chart-table";
import { fitLabel } from "./fit-label";

export type Bar = { key: string; label: string; value: number; href?: ComponentProps<typeof Link>["href"] };
type Props = { id: string; title: string; description: string; bars: Bar[]; valueLabel: string; labelHeader: string; maxBars?: number };

/**
 * A horizontal bar chart rendered on the server as SVG, with a title and a description for
 * assistive technology and an equivalent data table; each bar links to the data behind it.
 */
export async function BarChart({ id, title, description, bars, valueLabel, labelHeader, maxBars = 12 }: Props) {
  const format = await getFormatter();
  const shown = bars.slice(0, maxBars);
  const max = Math.max(1, ...shown.map((bar) => bar.value));
  const rowHeight = 28;
  const labelWidth = 300;
  const chartWidth = 300;
  const height = shown.length * rowHeight + 8;
  const hasLinks = bars.some((bar) => bar.href);
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`} className="font-semibold">{title}</figcaption>
      {/* Scrolls sideways on narrow screens rather than shrinking the text; focusable when no bar is a link. */}
      <div className="mt-2 overflow-x-auto" {...(hasLinks ? {} : { tabIndex: 0, role: "region", "aria-labelledby": `${id}-title` })}>
        <svg
          viewBox={`0 0 ${labelWidth + chartWidth + 60} ${height}`}
          className="h-auto w-full min-w-[520px] max-w-2xl"
          role="group"
          aria-labelledby={`${id}-svg-title`}
          aria-describedby={`${id}-svg-desc`}
        >
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{description}</desc>
          {shown.map((bar, index) => {
            const y = index * rowHeight + 4;
            const width = Math.max(2, (bar.value / max) * chartWidth);
            const label = fitLabel(bar.label, labelWidth - 12, 13);
            const texts = (
              <g pointerEvents="none">
                <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#1e293b">{label}</text>
                <text x={labelWidth + width + 6} y={y + 17} fontSize="13" fill="#1e293b">{format.number(bar.value)}</text>
              </g>
            );
            const shape = <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 10} fill="#0b4f6c" rx="2" />;
            // The link holds only shapes (named by aria-label) so that its name never differs from visible text;
            // a transparent row-wide target lets the label be clicked too.
            return (
              <ChartMark
                key={bar.key}
                bar={bar}
                label={`${bar.label}: ${format.number(bar.value)}`}
                hitArea={{ x: 0, y, width: labelWidth + chartWidth + 60, height: rowHeight }}
                shape={shape}
                texts={texts}
              />
            );
          })}
        </svg>
      </div>
      <ChartTable title={title} bars={bars} valueLabel={valueLabel} labelHeader={labelHeader} />
    </figure>
  );
}
