import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import type { Link } from "@/lib/i18n/navigation";
import { localizeHref } from "@/lib/i18n/localize-href";
import type { Locale } from "@/lib/i18n/locales";
import { xmlEscape } from "@/lib/open-data/xml";
import { colourBreaks, colourClass, MAP_HEIGHT, MAP_WIDTH, smallStateCentroids, worldShapes } from "@/lib/geo/world";
import { MapEnhancer } from "./map-enhancer";
import { TEXT_LINK_CLASS } from "@/components/ui/text-link-class";
import { DataTableDetails } from "./data-table-details";

export type MapValue = { code: string; m49: string; name: string; value: number; href: ComponentProps<typeof Link>["href"] };
/** What the numbers count: initiatives (default) or, for the GGE map, sessions. */
type Unit = "initiatives" | "sessions";
type Props = { id: string; title: string; description: string; values: MapValue[]; valueLabel: string; labelHeader: string; unit?: Unit };

const PALETTE = ["#c6dbef", "#9ecae1", "#4292c6", "#2171b5", "#08306b"];
const EMPTY = "#f1f5f9";

/**
 * A choropleth world map rendered on the server as SVG (d3-geo, world-atlas 110m). Each country
 * with data is a link; a legend and an equivalent data table follow the map.
 */
export async function WorldMap({ id, title, description, values, valueLabel, labelHeader, unit = "initiatives" }: Props) {
  const t = await getTranslations("WorldMap");
  const tCharts = await getTranslations("Charts");
  const format = await getFormatter();
  const byM49 = new Map(values.map((value) => [value.m49, value]));
  const breaks = colourBreaks(values.map((value) => value.value));
  const shapes = worldShapes();
  const mapped = shapes.filter((shape) => byM49.get(shape.m49)?.value);
  // Small states have no outline at this scale: a dot at their centroid instead.
  const centroids = await smallStateCentroids();
  const dots = values.filter((value) => value.value > 0 && centroids.has(value.m49));
  const fill = (value: number) => PALETTE[colourClass(value, breaks) + (PALETTE.length - breaks.length)];
  const sorted = [...values].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name));
  const countLabel = (value: number) => t(unit === "sessions" ? "countSessions" : "count", { count: value, formatted: format.number(value) });
  const legend = t(unit === "sessions" ? "legendSessions" : "legend");
  const locale = (await getLocale()) as Locale;
  const countryLink = (value: MapValue, mark: string, focusClass: string) => {
    const label = xmlEscape(tCharts("labelValue", { label: value.name, value: countLabel(value.value) }));
    const href = xmlEscape(localizeHref(value.href, locale));
    return `<a href='${href}' aria-label='${label}' class='${focusClass}' data-code='${xmlEscape(value.code)}'><title>${label}</title>${mark}</a>`;
  };
  const shapesMarkup =
    `<g aria-hidden='true' fill='${EMPTY}' stroke='#94a3b8' stroke-width='0.5'>` +
    shapes
      .filter((shape) => !byM49.get(shape.m49)?.value)
      .map((shape) => `<path d='${shape.d}'></path>`)
      .join("") +
    "</g><g stroke='#334155' stroke-width='0.5'>" +
    mapped
      .map((shape) => {
        const value = byM49.get(shape.m49)!;
        const path = `<path d='${shape.d}' fill='${fill(value.value)}'></path>`;
        return countryLink(value, path, "[&:focus-visible>path]:stroke-amber-500 [&:focus-visible>path]:[stroke-width:3] [&:hover>path]:opacity-80");
      })
      .join("") +
    "</g><g stroke='#0f172a' stroke-width='1' data-testid='small-states'>" +
    dots
      .map((value) => {
        const [cx, cy] = centroids.get(value.m49)!;
        const circle = `<circle cx='${cx}' cy='${cy}' r='5' fill='${fill(value.value)}' vector-effect='non-scaling-stroke'></circle>`;
        return countryLink(value, circle, "[&:focus-visible>circle]:stroke-amber-500 [&:focus-visible>circle]:[stroke-width:3]");
      })
      .join("") +
    "</g>";
  const tableMarkup = sorted
    .filter((value) => value.value > 0)
    .map(
      (value) =>
        `<tr><th scope='row' class='text-left font-normal'><a class='${TEXT_LINK_CLASS}' href='${xmlEscape(localizeHref(value.href, locale))}'>${xmlEscape(value.name)}</a></th>` +
        `<td>${xmlEscape(format.number(value.value))}</td></tr>`,
    )
    .join("");
  return (
    <figure className="min-w-0" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="font-semibold">
        {title}
      </figcaption>
      <MapEnhancer labels={{ zoomIn: t("zoomIn"), zoomOut: t("zoomOut"), reset: t("reset"), hint: t("panHint") }}>
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          className="h-auto w-full rounded border border-slate-200 bg-sky-50"
          role="group"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-desc`}
          data-testid="world-map"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {/* The shapes as markup that React leaves alone: hundreds of paths and links that need no
              hydration (MapEnhancer works on the DOM), sent once as a string instead of an element tree
              in the RSC payload (issue 13: blocking time on phones). */}
          <g dangerouslySetInnerHTML={{ __html: shapesMarkup }} />
        </svg>
      </MapEnhancer>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label={legend} role="group">
        <span className="font-medium">{legend}</span>
        <LegendItem colour={EMPTY} label={t("none")} />
        {breaks.map((limit, index) => {
          const from = index === 0 ? 1 : breaks[index - 1] + 1;
          const label = from === limit ? format.number(limit) : t("range", { from: format.number(from), to: format.number(limit) });
          return <LegendItem key={limit} colour={PALETTE[index + (PALETTE.length - breaks.length)]} label={label} />;
        })}
      </div>
      <DataTableDetails
        title={title}
        tableClassName="[&_td]:border [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:border [&_th]:px-2 [&_th]:py-1"
        testId="world-map-table"
      >
        <thead>
          <tr>
            <th scope="col" className="text-left">
              {labelHeader}
            </th>
            <th scope="col" className="text-right">
              {valueLabel}
            </th>
          </tr>
        </thead>
        <tbody dangerouslySetInnerHTML={{ __html: tableMarkup }} />
      </DataTableDetails>
    </figure>
  );
}

function LegendItem({ colour, label }: { colour: string; label: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className="inline-block h-3 w-5 border border-slate-500" style={{ backgroundColor: colour }} />
      {label}
    </span>
  );
}
