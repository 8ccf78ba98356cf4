import { describe, expect, it } from "vitest";
import { colourBreaks, colourClass, worldShapes } from "./world";

describe("world shapes", () => {
  it("projects the atlas countries with M49 codes and paths", () => {
    const shapes = worldShapes();
    expect(shapes.length).toBeGreaterThan(170);
    const kenya = shapes.find((shape) => shape.m49 === "404");
    expect(kenya?.d).toMatch(/^M/);
    expect(shapes.some((shape) => shape.m49 === "010")).toBe(false);
  });
});

describe("colour classes", () => {
  it("puts every positive value in a class and zero in none", () => {
    const breaks = colourBreaks([0, 1, 1, 3, 5, 6, 8, 10, 12, 20, 40]);
    expect(breaks).toEqual([1, 5, 8, 12, 40]);
    expect(colourClass(0, breaks)).toBe(-1);
    expect(colourClass(1, breaks)).toBe(0);
    expect(colourClass(6, breaks)).toBe(2);
    expect(colourClass(40, breaks)).toBe(4);
    expect(colourBreaks([2, 2, 2])).toEqual([2]);
    expect(colourBreaks([0])).toEqual([]);
  });
});

describe("small states", () => {
  it("places Mauritius and Singapore, which have no 110m outline, inside the map", async () => {
    const { smallStateCentroids, worldShapes, MAP_WIDTH, MAP_HEIGHT } = await import("./world");
    const drawn = new Set(worldShapes().map((shape) => shape.m49));
    const points = await smallStateCentroids();
    for (const m49 of ["480", "702"]) {
      expect(drawn.has(m49)).toBe(false);
      const [x, y] = points.get(m49)!;
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(MAP_WIDTH);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(MAP_HEIGHT);
    }
    // Singapore is east of Mauritius and north of it.
    expect(points.get("702")![0]).toBeGreaterThan(points.get("480")![0]);
    expect(points.get("702")![1]).toBeLessThan(points.get("480")![1]);
  });
});
