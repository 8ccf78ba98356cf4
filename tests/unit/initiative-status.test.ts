import { describe, expect, it } from "vitest";
import { initiativeStatus, ongoingAsOf, ongoingUntilYear } from "../../lib/initiative-status";

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

  it("an initiative ongoing in a 2018 source is only known to be ongoing as of 2018", () => {
    const period = { startYear: 2012, endYear: null, ongoing: true };
    expect(initiativeStatus(period, 2026, "2018-03")).toBe("ongoing-as-of");
    expect(initiativeStatus(period, 2018, "2018-03")).toBe("ongoing");
    expect(initiativeStatus({ startYear: 2016, endYear: 2027, ongoing: true }, 2026, "2018-03")).toBe("ongoing");
  });
});

describe("ongoingAsOf / ongoingUntilYear", () => {
  it.each([
    ["2018-03", { year: 2018, month: 3 }],
    ["2024-05-22", { year: 2024, month: 5 }],
    ["2023", { year: 2023, month: null }],
  ] as const)("%s → %o", (date, expected) => {
    expect(ongoingAsOf(date)).toEqual(expected);
    expect(ongoingUntilYear(date)).toBe(expected.year);
  });

  it("rejects a value that is not a date", () => {
    expect(() => ongoingAsOf("March 2018")).toThrow();
  });
});
