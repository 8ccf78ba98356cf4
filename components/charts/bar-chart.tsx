import { getFormatter } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ComponentProps } from "react";

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
  const labelWidth = 220;
  const chartWidth = 360;
  const height = shown.length * rowHeight + 8;
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className="font-semibold">{title}</figcaption>
      <svg
        viewBox={`0 0 ${labelWidth + chartWidth + 60} ${height}`}
        className="mt-2 h-auto w-full max-w-2xl"
        role="group"
        aria-labelledby={`${id}-svg-title`}
        aria-describedby={`${id}-svg-desc`}
      >
        <title id={`${id}-svg-title`}>{title}</title>
        <desc id={`${id}-svg-desc`}>{description}</desc>
        {shown.map((bar, index) => {
          const y = index * rowHeight + 4;
          const width = Math.max(2, (bar.value / max) * chartWidth);
          const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
          const content = (
            <>
              <text x={labelWidth - 8} y={y + 17} textAnchor="end" fontSize="13" fill="#1e293b">{label}</text>
              <rect x={labelWidth} y={y + 4} width={width} height={rowHeight - 10} fill="#0b4f6c" rx="2" />
              <text x={labelWidth + width + 6} y={y + 17} fontSize="13" fill="#1e293b">{format.number(bar.value)}</text>
            </>
          );
          return bar.href ? (
            <Link key={bar.key} href={bar.href}><title>{`${bar.label}: ${format.number(bar.value)}`}</title>{content}</Link>
          ) : (
            <g key={bar.key}>{content}</g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{`${title} — ${valueLabel}`}</summary>
        <table className="mt-2 border-collapse">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr><th scope="col" className="border px-2 py-1 text-left">{labelHeader}</th><th scope="col" className="border px-2 py-1 text-right">{valueLabel}</th></tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row" className="border px-2 py-1 text-left font-normal">{bar.href ? <Link className="text-brand-700 underline" href={bar.href}>{bar.label}</Link> : bar.label}</th>
                <td className="border px-2 py-1 text-right">{format.number(bar.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
