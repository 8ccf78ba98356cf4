import { getFormatter } from "next-intl/server";
import type { Bar } from "./bar-chart";
import { TextLink } from "@/components/ui/text-link";
import { DataTableDetails } from "./data-table-details";

type Props = { title: string; bars: Bar[]; valueLabel: string; labelHeader: string };

/** The data table behind a chart, in a disclosure so that it is there for everyone without crowding the page. */
export async function ChartTable({ title, bars, valueLabel, labelHeader }: Props) {
  const format = await getFormatter();
  return (
    <DataTableDetails title={title}>
      <thead>
        <tr>
          <th scope="col" className="border px-2 py-1 text-left">
            {labelHeader}
          </th>
          <th scope="col" className="border px-2 py-1 text-right">
            {valueLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row" className="border px-2 py-1 text-left font-normal">
              {bar.href ? <TextLink href={bar.href}>{bar.label}</TextLink> : bar.label}
            </th>
            <td className="border px-2 py-1 text-right">{format.number(bar.value)}</td>
          </tr>
        ))}
      </tbody>
    </DataTableDetails>
  );
}
