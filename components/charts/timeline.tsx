import { getFormatter, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { PeriodText } from "@/components/ui/period-text";
import { barEndYear, barStartYear } from "./timeline-years";
import { TextLink } from "@/components/ui/text-link";

export type TimelineItem = {
  key: string; label: string; lang?: string; startYear: number | null; endYear: number | null; ongoing: boolean;
  /** The source document's date: an ongoing bar ends there, not today. */
  sourceDate: string;
  series: number; href: ComponentProps<typeof Link>["href"];
};
type Props = { id: string; title: string; description: string; items: TimelineItem[]; series: string[]; labelHeader: string };

const COLOURS = ["#0b4f6c", "#b45309", "#6d28d9"];
const ROW = 22;
const LABEL_WIDTH = 300;
const PLOT_WIDTH = 560;

/** A server-rendered Gantt-style SVG of initiative periods (ongoing ones run to their source's date), with a data table. */
export async function Timeline({ id, title, description, items, series, labelHeader }: Props) {
  const t = await getTranslations("Timeline");
  const format = await getFormatter();
  const dated = items.filter((item) => item.startYear !== null || item.endYear !== null);
  const undated = items.length - dated.length;
  const startOf = barStartYear;
  const endOf = barEndYear;
  if (!dated.length) return <p className="mt-2 text-slate-700">{t("noDates", { count: items.length })}</p>;
  const first = Math.min(...dated.map(startOf));
  const last = Math.max(...dated.map(endOf));
  const span = Math.max(1, last - first + 1);
  const x = (year: number) => LABEL_WIDTH + ((year - first) / span) * PLOT_WIDTH;
  const step = span > 24 ? 5 : span > 10 ? 2 : 1;
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => first + i * step).filter((year) => year <= last + 1);
  const height = dated.length * ROW + 30;
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">{title}</figcaption>
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}`} className="mt-2 h-auto w-full min-w-[40rem]" role="group" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-testid="timeline">
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <g aria-hidden="true" fontSize="11" fill="#334155">
            {ticks.map((year) => (
              <g key={year}>
                <line x1={x(year)} x2={x(year)} y1={0} y2={height - 20} stroke="#e2e8f0" />
                <text x={x(year)} y={height - 6} textAnchor="middle">{year}</text>
              </g>
            ))}
          </g>
          {dated.map((item, index) => {
            const y = index * ROW + 4;
            const label = fitText(item.label, LABEL_WIDTH - 12, 12);
            const barEnd = x(endOf(item) + 1);
            return (
              <Link key={item.key} href={item.href} className="[&:focus-visible>rect]:stroke-amber-500 [&:focus-visible>rect]:[stroke-width:3]">
                <title>{item.label}</title>
                <text x={LABEL_WIDTH - 8} y={y + 13} textAnchor="end" fontSize="12" fill="#1e293b" lang={item.lang}>{label}</text>
                <rect x={x(startOf(item))} y={y + 3} width={Math.max(4, barEnd - x(startOf(item)))} height={ROW - 8} rx="2" fill={COLOURS[item.series % COLOURS.length]} />
                {item.ongoing ? <text x={barEnd + 3} y={y + 13} fontSize="12" fill="#1e293b">→</text> : null}
              </Link>
            );
          })}
        </svg>
      </div>
      <p className="mt-2 flex flex-wrap gap-x-4 text-sm">
        {series.map((name, index) => (
          <span key={name} className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-3 w-5" style={{ backgroundColor: COLOURS[index % COLOURS.length] }} />
            {name}
          </span>
        ))}
        <span>{t("ongoingArrow")}</span>
      </p>
      {undated ? <p className="mt-1 text-sm text-slate-700">{t("undated", { count: undated, formatted: format.number(undated) })}</p> : null}
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-700 underline">{t("tableSummary", { title })}</summary>
        <table className="mt-2 border-collapse" data-testid="timeline-table">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className="border px-2 py-1 text-left">{labelHeader}</th>
              <th scope="col" className="border px-2 py-1 text-left">{t("period")}</th>
              <th scope="col" className="border px-2 py-1 text-left">{t("series")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.key}>
                <th scope="row" className="border px-2 py-1 text-left font-normal"><TextLink href={item.href} lang={item.lang}>{item.label}</TextLink></th>
                <td className="border px-2 py-1"><PeriodText startYear={item.startYear} endYear={item.endYear} ongoing={item.ongoing} sourceDate={item.sourceDate} /></td>
                <td className="border px-2 py-1">{series[item.series]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

/** Shortens a label to about `width` px at `fontSize` (wide scripts such as CJK count as a full em). */
function fitText(text: string, width: number, fontSize: number): string {
  const em = (char: string) => (/[\u1100-\uffdc]/u.test(char) ? 1 : 0.58);
  let used = 0;
  const chars = [...text];
  for (let index = 0; index < chars.length; index++) {
    used += em(chars[index]) * fontSize;
    if (used > width) return `${chars.slice(0, Math.max(1, index - 1)).join("")}…`;
  }
  return text;
}
