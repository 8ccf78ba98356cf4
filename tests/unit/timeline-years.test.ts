import { describe, expect, it } from "vitest";
import { barEndYear } from "../../components/charts/timeline-years";

describe("barEndYear", () => {
  it("ends an ongoing bar at its source's year, not today", () => {
    expect(barEndYear({ startYear: 2012, endYear: null, ongoing: true, sourceDate: "2018-03" })).toBe(2018);
  });
  it("keeps a stated end, and a start after the source date", () => {
    expect(barEndYear({ startYear: 2012, endYear: 2020, ongoing: true, sourceDate: "2018-03" })).toBe(2020);
    expect(barEndYear({ startYear: 2025, endYear: null, ongoing: true, sourceDate: "2024-05-22" })).toBe(2025);
    expect(barEndYear({ startYear: 2015, endYear: null, ongoing: false, sourceDate: "2018-03" })).toBe(2015);
  });
});
