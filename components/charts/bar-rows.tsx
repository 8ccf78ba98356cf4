import { ChartMark } from "./chart-mark";
import type { Bar } from "./bar-chart";
import { wrapLabel } from "./fit-label";

type Props = {
  svgId: string;
  title: string;
  description: string;
  bars: Bar[];
  formatted: string[];
  /** Each bar's accessible name: its label and value, as the locale joins them (Charts.labelValue). */
  markLabels: string[];
  /** "above": the label on its own lines over the bar (long names); "left": a short label (a year) before it. */
  labels: "above" | "left";
  className?: string;
};

const WIDTH = 360;
const FONT = 13;
const LINE = 16;
const BAR = 12;
const LEFT_LABEL = 44;
const VALUE_ROOM = 52;

/**
 * Horizontal bars in a narrow SVG (360 units wide, so text stays legible on a phone when it scales to
 * its container); labels wrap at word boundaries and values always have room after the longest bar.
 */
export function BarRows({ svgId, title, description, bars, formatted, markLabels, labels, className }: Props) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const plotLeft = labels === "left" ? LEFT_LABEL : 0;
  const plotWidth = WIDTH - plotLeft - VALUE_ROOM;
  // Each row's wrapped label and height first, then its top from the rows above it.
  const layout = bars.map((bar) => {
    const lines = labels === "above" ? wrapLabel(bar.label, WIDTH, FONT, 2) : [bar.label];
    return { lines, height: labels === "above" ? lines.length * LINE + BAR + 10 : BAR + 8 };
  });
  const tops: number[] = [];
  for (let index = 0; index < layout.length; index++) tops.push(index ? tops[index - 1] + layout[index - 1].height : 4);
  const y = (tops.at(-1) ?? 4) + (layout.at(-1)?.height ?? 0);
  const rows = bars.map((bar, index) => {
    const { lines, height } = layout[index];
    const top = tops[index];
    const barY = labels === "above" ? top + lines.length * LINE + 2 : top + 3;
    const width = Math.max(2, (bar.value / max) * plotWidth);
    const texts = (
      <g pointerEvents="none" fontSize={FONT} fill="#1e293b">
        {labels === "above" ? (
          <text x={0} y={top + LINE - 3}>
            {lines.map((line, i) => (
              <tspan key={i} x={0} dy={i ? LINE : 0}>
                {line}
              </tspan>
            ))}
          </text>
        ) : (
          <text x={LEFT_LABEL - 6} y={barY + BAR - 1} textAnchor="end">
            {bar.label}
          </text>
        )}
        <text x={plotLeft + width + 5} y={barY + BAR - 1}>
          {formatted[index]}
        </text>
      </g>
    );
    const shape = <rect x={plotLeft} y={barY} width={width} height={BAR} fill="#0b4f6c" rx="2" />;
    return <ChartMark key={bar.key} bar={bar} label={markLabels[index]!} hitArea={{ x: 0, y: top, width: WIDTH, height }} shape={shape} texts={texts} />;
  });
  return (
    <svg viewBox={`0 0 ${WIDTH} ${y + 2}`} className={className} role="group" aria-labelledby={`${svgId}-title`} aria-describedby={`${svgId}-desc`}>
      <title id={`${svgId}-title`}>{title}</title>
      <desc id={`${svgId}-desc`}>{description}</desc>
      {rows}
    </svg>
  );
}
