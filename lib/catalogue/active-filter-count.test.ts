import { describe, expect, it } from "vitest";
import { initiativeSearchSchema } from "@/lib/validations/search";
import { activeFilterCount } from "./active-filter-count";

describe("activeFilterCount", () => {
  it("counts filters but not the query, sort or page", () => {
    expect(activeFilterCount(initiativeSearchSchema.parse({ q: "CERT", sort: "name", page: "2" }))).toBe(0);
    expect(activeFilterCount(initiativeSearchSchema.parse({ country: "KE", theme: "cybercrime", from: "2015" }))).toBe(3);
  });

  it("counts each value of a multi-value filter", () => {
    expect(activeFilterCount(initiativeSearchSchema.parse({ country: ["KE", "GH"] }))).toBe(2);
  });
});
