import { geoEqualEarth, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** A country outline: its ISO 3166-1 numeric code (= UN M49 for countries) and SVG path. */
export type CountryShape = { m49: string; name: string; d: string };

let cache: CountryShape[] | null = null;

/** The world's countries projected once per process (Equal Earth; Antarctica left out). */
export function worldShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== "010");
  const projection = geoEqualEarth().fitExtent([[4, 4], [MAP_WIDTH - 4, MAP_HEIGHT - 4]], { type: "FeatureCollection", features });
  const path = geoPath(projection).digits(0);
  cache = features
    .map((f) => ({ m49: f.id === undefined ? "" : String(f.id).padStart(3, "0"), name: f.properties?.name ?? "", d: path(f) ?? "" }))
    .filter((shape) => shape.d);
  return cache;
}

/**
 * Upper bounds of the colour classes: quintiles of the positive values, so that the colours separate
 * countries even when most of them are reached through large groups (UN members, INTERPOL...).
 */
export function colourBreaks(values: number[]): number[] {
  const sorted = values.filter((value) => value > 0).sort((a, b) => a - b);
  if (!sorted.length) return [];
  const quantile = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return [...new Set([0.2, 0.4, 0.6, 0.8, 1].map(quantile))];
}

/** The class of a value: -1 for none (0), else the index of the first break it does not exceed. */
export function colourClass(value: number, breaks: number[]): number {
  if (value <= 0) return -1;
  const index = breaks.findIndex((limit) => value <= limit);
  return index === -1 ? breaks.length - 1 : index;
}
