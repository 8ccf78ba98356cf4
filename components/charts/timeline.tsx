import { getFormatter, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { Link } from "@/lib/i18n/navigation";
import { PeriodText } from "@/components/ui/period-text";
import { barEndYear, barStartYear } from "./timeline-years";
import { TextLink } from "@/components/ui/text-link";
import { DataTableDetails } from "./data-table-details";
import { fitLabel } from "./fit-label";

export type TimelineItem = {
  key: string;
  label: string;
  lang?: string;
  startYear: number | null;
  endYear: number | null;
  ongoing: boolean;
  /** The source document's date: an ongoing bar ends there, not today. */
  sourceDate: string;
  series: number;
  href: ComponentProps<typeof Link>["href"];
};
type Props = { id: string; title: string; description: string; items: TimelineItem[]; series: string[]; labelHeader: string };

const COLOURS = ["#0b4f6c", "#b45309", "#6d28d9"];
const ROW = 22;
const LABEL_WIDTH = 300;
const PLOT_WIDTH = 560;
const NARROW_WIDTH = 360;

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
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      {/* Labels beside the bars from 768px; on a phone above them, in a narrower drawing that stays legible. */}
      <TimelineSvg svgId={id} title={title} description={description} items={dated} first={first} span={span} narrow={false} />
      <TimelineSvg svgId={`${id}-narrow`} title={title} description={description} items={dated} first={first} span={span} narrow />
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
      <DataTableDetails title={title} testId="timeline-table">
        <thead>
          <tr>
            <th scope="col" className="border px-2 py-1 text-left">
              {labelHeader}
            </th>
            <th scope="col" className="border px-2 py-1 text-left">
              {t("period")}
            </th>
            <th scope="col" className="border px-2 py-1 text-left">
              {t("series")}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.key}>
              <th scope="row" className="border px-2 py-1 text-left font-normal">
                <TextLink href={item.href} lang={item.lang}>
                  {item.label}
                </TextLink>
              </th>
              <td className="border px-2 py-1">
                <PeriodText startYear={item.startYear} endYear={item.endYear} ongoing={item.ongoing} sourceDate={item.sourceDate} />
              </td>
              <td className="border px-2 py-1">{series[item.series]}</td>
            </tr>
          ))}
        </tbody>
      </DataTableDetails>
    </figure>
  );
}

type SvgProps = {
  svgId: string;
  title: string;
  description: string;
  items: TimelineItem[];
  first: number;
  span: number;
  narrow: boolean;
};

function TimelineSvg({ svgId, title, description, items, first, span, narrow }: SvgProps) {
  const startOf = barStartYear;
  const endOf = barEndYear;
  const left = narrow ? 4 : LABEL_WIDTH;
  const plot = narrow ? NARROW_WIDTH - 24 : PLOT_WIDTH;
  const row = narrow ? 34 : ROW;
  const x = (year: number) => left + ((year - first) / span) * plot;
  const step = narrow ? (span > 20 ? 10 : span > 8 ? 5 : span > 4 ? 2 : 1) : span > 24 ? 5 : span > 10 ? 2 : 1;
  const ticks = Array.from({ length: Math.floor(span / step) + 1 }, (_, i) => first + i * step).filter((year) => year <= first + span);
  const height = items.length * row + 30;
  const width = narrow ? NARROW_WIDTH : LABEL_WIDTH + PLOT_WIDTH + 20;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      className={narrow ? "mt-2 h-auto w-full max-w-xl md:hidden" : "mt-2 hidden h-auto w-full md:block"}
      role="group"
      aria-labelledby={`${svgId}-title`}
      aria-describedby={`${svgId}-desc`}
      data-testid="timeline"
    >
      <title id={`${svgId}-title`}>{title}</title>
      <desc id={`${svgId}-desc`}>{description}</desc>
      <g aria-hidden="true" fontSize="11" fill="#334155">
        {ticks.map((year, index) => (
          <g key={year}>
            <line x1={x(year)} x2={x(year)} y1={0} y2={height - 20} stroke="#e2e8f0" />
            <text x={x(year)} y={height - 6} textAnchor={narrow && index === 0 ? "start" : narrow && x(year) > width - 20 ? "end" : "middle"}>
              {year}
            </text>
          </g>
        ))}
      </g>
      {items.map((item, index) => {
        const y = index * row + 4;
        const label = fitLabel(item.label, narrow ? NARROW_WIDTH - 8 : LABEL_WIDTH - 12, 12);
        const barEnd = x(endOf(item) + 1);
        const barY = narrow ? y + 16 : y + 3;
        return (
          <Link key={item.key} href={item.href} className="[&:focus-visible>rect]:stroke-amber-500 [&:focus-visible>rect]:[stroke-width:3]">
            <title>{item.label}</title>
            <text x={narrow ? 4 : LABEL_WIDTH - 8} y={y + 13} textAnchor={narrow ? "start" : "end"} fontSize="12" fill="#1e293b" lang={item.lang}>
              {label}
            </text>
            <rect
              x={x(startOf(item))}
              y={barY}
              width={Math.max(4, barEnd - x(startOf(item)))}
              height={ROW - 8}
              rx="2"
              fill={COLOURS[item.series % COLOURS.length]}
            />
            {item.ongoing ? (
              <text x={Math.min(barEnd + 3, width - 12)} y={barY + 10} fontSize="12" fill="#1e293b">
                →
              </text>
            ) : null}
          </Link>
        );
      })}
    </svg>
  );
}
