import { getTranslations } from "next-intl/server";
import type { GgeSessionItem } from "@/lib/db/gge";

type Props = { sessions: GgeSessionItem[]; resolutionYears: number[]; eventYears: number[] };

/**
 * The GGE process on a time axis, drawn on the server. Outcome is shown by shape and text as well as
 * colour (a filled bar for a consensus report, an outlined hatched one without). The ordered list
 * after it on the page carries the same facts for assistive technology.
 */
export async function TimelineChart({ sessions, resolutionYears, eventYears }: Props) {
  const t = await getTranslations("Gge");
  const years = [...resolutionYears, ...eventYears, ...sessions.flatMap((s) => [s.startYear, s.endYear])];
  const first = Math.min(...years);
  const last = Math.max(...years) + 1;
  const left = 16;
  const scale = 40;
  const x = (year: number) => left + (year - first) * scale;
  const width = x(last) + 16;
  const axisY = 164;
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((year) => year % 2 === 0);
  return (
    <svg viewBox={`0 0 ${width} ${axisY + 30}`} className="h-auto w-full min-w-[720px]" role="img" aria-labelledby="gge-timeline-title gge-timeline-desc">
      <title id="gge-timeline-title">{t("timelineTitle")}</title>
      <desc id="gge-timeline-desc">{t("timelineDesc", { first, last: last - 1, sessions: sessions.length })}</desc>
      <defs>
        <pattern id="gge-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" stroke="#9a3412" strokeWidth="2" />
        </pattern>
      </defs>
      <line x1={left} x2={x(last)} y1={axisY} y2={axisY} stroke="#334155" />
      {ticks.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={axisY} y2={axisY + 5} stroke="#334155" />
          <text x={x(year)} y={axisY + 18} fontSize="11" textAnchor="middle" fill="#1e293b">
            {year}
          </text>
        </g>
      ))}
      {resolutionYears.map((year) => (
        <g key={`r${year}`}>
          <path d={`M ${x(year) + 4} ${axisY - 26} l 8 8 l -8 8 l -8 -8 z`} fill="#0b4f6c" />
          <text x={x(year)} y={axisY - 34} fontSize="11" fill="#1e293b">
            {t("timelineResolution")}
          </text>
        </g>
      ))}
      {sessions.map((session, index) => {
        const consensus = session.outcome === "consensus-report";
        const y = 24 + (index % 3) * 40;
        return (
          <g key={session.slug}>
            <rect
              x={x(session.startYear)}
              y={y}
              width={(session.endYear - session.startYear + 1) * scale - 4}
              height={22}
              rx="3"
              fill={consensus ? "#0b4f6c" : "url(#gge-hatch)"}
              stroke={consensus ? "#0b4f6c" : "#9a3412"}
              strokeWidth="2"
            />
            <line x1={x(session.startYear)} x2={x(session.startYear)} y1={y + 22} y2={axisY} stroke="#94a3b8" strokeDasharray="2 2" />
            <text x={x(session.startYear)} y={y - 4} fontSize="11" fill="#1e293b">
              {t("timelineSession", { number: session.number, outcome: consensus ? "consensus" : "none" })}
            </text>
          </g>
        );
      })}
      {eventYears.map((year) => (
        <g key={`e${year}`}>
          <circle cx={x(year) + 4} cy={axisY - 18} r="7" fill="#15803d" />
          <text x={x(year) + 4} y={axisY - 30} fontSize="11" textAnchor="end" fill="#1e293b">
            {t("timelineOewg")}
          </text>
        </g>
      ))}
    </svg>
  );
}
