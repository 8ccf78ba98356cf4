import { getFormatter, getTranslations } from "next-intl/server";
import { ChartMark } from "./chart-mark";
import type { Bar } from "./bar-chart";
import { BarRows } from "./bar-rows";
import { ChartTable } from "./chart-table";

type Props = { id: string; title: string; description: string; bars: Bar[]; valueLabel: string; labelHeader: string; note?: string };

/**
 * A vertical column chart (for series in order, such as years), rendered on the server as SVG with a
 * title, a description and an equivalent data table; each column links to the data behind it.
 * Labels are numbers-as-text (years), so they are printed as given, without grouping.
 */
export async function ColumnChart({ id, title, description, bars, valueLabel, labelHeader, note }: Props) {
  const format = await getFormatter();
  const t = await getTranslations("Charts");
  const formatted = bars.map((bar) => format.number(bar.value));
  const markLabels = bars.map((bar, index) => t("labelValue", { label: bar.label, value: formatted[index]! }));
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const step = 20;
  const left = 32;
  const top = 18;
  const plot = 180;
  const width = left + bars.length * step + 8;
  const ticks = [...new Set([0, Math.round(max / 2), max])];
  const hasLinks = bars.some((bar) => bar.href);
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-title`} data-testid={`chart-${id}`}>
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      {/* Columns on wide screens; on a phone the same series as horizontal rows, which stay legible. */}
      <div className="mt-2" {...(hasLinks ? {} : { tabIndex: 0, role: "region", "aria-labelledby": `${id}-title` })}>
        <BarRows
          svgId={`${id}-rows`}
          title={title}
          description={description}
          bars={bars}
          formatted={formatted}
          markLabels={markLabels}
          labels="left"
          className="h-auto w-full max-w-md sm:hidden"
        />
        <svg
          viewBox={`0 0 ${width} ${top + plot + 48}`}
          className="hidden h-auto w-full max-w-3xl sm:block"
          role="group"
          aria-labelledby={`${id}-svg-title`}
          aria-describedby={`${id}-svg-desc`}
        >
          <title id={`${id}-svg-title`}>{title}</title>
          <desc id={`${id}-svg-desc`}>{description}</desc>
          {ticks.map((tick) => {
            const y = top + plot - (tick / max) * plot;
            return (
              <g key={tick}>
                <line x1={left - 4} x2={width - 4} y1={y} y2={y} stroke="#cbd5e1" strokeWidth="1" />
                <text x={left - 6} y={y + 4} textAnchor="end" fontSize="11" fill="#334155">
                  {format.number(tick)}
                </text>
              </g>
            );
          })}
          {bars.map((bar, index) => {
            const height = Math.max(1, (bar.value / max) * plot);
            const x = left + index * step + 3;
            const cx = x + (step - 6) / 2;
            const texts = (
              <g pointerEvents="none">
                <text x={cx} y={top + plot - height - 4} textAnchor="middle" fontSize="11" fill="#1e293b">
                  {format.number(bar.value)}
                </text>
                <text x={cx} y={top + plot + 8} textAnchor="end" fontSize="11" fill="#1e293b" transform={`rotate(-60 ${cx} ${top + plot + 8})`}>
                  {bar.label}
                </text>
              </g>
            );
            const shape = <rect x={x} y={top + plot - height} width={step - 6} height={height} fill="#0b4f6c" rx="2" />;
            // As in BarChart: only shapes inside the link, with a transparent full-height target.
            return (
              <ChartMark
                key={bar.key}
                bar={bar}
                label={markLabels[index]!}
                hitArea={{ x: x - 3, y: 0, width: step, height: top + plot + 48 }}
                shape={shape}
                texts={texts}
              />
            );
          })}
        </svg>
      </div>
      {note ? <p className="mt-1 max-w-3xl text-sm text-slate-700">{note}</p> : null}
      <ChartTable title={title} bars={bars} valueLabel={valueLabel} labelHeader={labelHeader} />
    </figure>
  );
}
