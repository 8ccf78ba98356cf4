import { geoCentroid, geoEqualEarth, geoPath, type GeoProjection } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlas from "world-atlas/countries-110m.json";

export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;

/** A country outline: its ISO 3166-1 numeric code (= UN M49 for countries) and SVG path. */
export type CountryShape = { m49: string; name: string; d: string };

let cache: CountryShape[] | null = null;
let projection: GeoProjection | null = null;

/** The world's countries projected once per process (Equal Earth; Antarctica left out). */
export function worldShapes(): CountryShape[] {
  if (cache) return cache;
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  const features = collection.features.filter((f) => f.id !== "010");
  projection = geoEqualEarth().fitExtent(
    [
      [4, 4],
      [MAP_WIDTH - 4, MAP_HEIGHT - 4],
    ],
    { type: "FeatureCollection", features },
  );
  const path = geoPath(projection).digits(0);
  cache = features
    .map((f) => ({ m49: f.id === undefined ? "" : String(f.id).padStart(3, "0"), name: f.properties?.name ?? "", d: path(f) ?? "" }))
    .filter((shape) => shape.d);
  return cache;
}

let centroids: Map<string, [number, number]> | null = null;

/**
 * Map positions of countries too small for the 110m outlines (Mauritius, Singapore...): the centroids of
 * their 50m outlines, projected like the rest. Loaded on first use only.
 */
export async function smallStateCentroids(): Promise<Map<string, [number, number]>> {
  if (centroids) return centroids;
  worldShapes();
  const drawn = new Set(worldShapes().map((shape) => shape.m49));
  const detailed = (await import("world-atlas/countries-50m.json")).default as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const result = new Map<string, [number, number]>();
  for (const f of feature(detailed, detailed.objects.countries).features) {
    const m49 = f.id === undefined ? "" : String(f.id).padStart(3, "0");
    if (!m49 || drawn.has(m49) || m49 === "010") continue;
    const point = projection!(geoCentroid(f));
    if (point) result.set(m49, [Math.round(point[0] * 10) / 10, Math.round(point[1] * 10) / 10]);
  }
  centroids = result;
  return result;
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
