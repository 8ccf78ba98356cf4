import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import type { Bar } from "./bar-chart";

type Props = { bar: Bar; label: string; hitArea: { x: number; y: number; width: number; height: number }; shape: ReactNode; texts: ReactNode };

/**
 * One bar or column of a chart. A linked mark holds only shapes (named by aria-label, so its name
 * never differs from visible text) and a transparent hit area; its texts sit beside the link.
 */
export function ChartMark({ bar, label, hitArea, shape, texts }: Props) {
  if (!bar.href)
    return (
      <g>
        {shape}
        {texts}
      </g>
    );
  return (
    <g>
      <Link href={bar.href} aria-label={label}>
        <rect {...hitArea} fill="transparent" />
        {shape}
      </Link>
      {texts}
    </g>
  );
}
