import { describe, expect, it } from "vitest";
import { initiativeStatus } from "../../lib/initiative-status";

describe("initiativeStatus", () => {
  it.each([
    [{ startYear: 2030, endYear: null, ongoing: false }, "planned"],
    [{ startYear: 2012, endYear: null, ongoing: true }, "ongoing"],
    [{ startYear: 2024, endYear: 2027, ongoing: false }, "ongoing"],
    [{ startYear: 2014, endYear: 2016, ongoing: false }, "completed"],
    [{ startYear: 2015, endYear: null, ongoing: false }, "unknown"],
    [{ startYear: null, endYear: null, ongoing: false }, "unknown"],
  ] as const)("%o is %s", (period, expected) => {
    expect(initiativeStatus(period, 2026)).toBe(expected);
  });
});
