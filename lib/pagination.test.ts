import { describe, expect, it } from "vitest";
import { pageQuery, pageWindow } from "./pagination";

describe("pageWindow", () => {
  it("links the first, the last and two pages either side of the current one", () => {
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 20]);
    expect(pageWindow(10, 20)).toEqual([1, 8, 9, 10, 11, 12, 20]);
    expect(pageWindow(20, 20)).toEqual([1, 18, 19, 20]);
    expect(pageWindow(2, 3)).toEqual([1, 2, 3]);
  });
});

describe("pageQuery", () => {
  it("keeps filters and sort, drops empty values, and names the page only past the first", () => {
    const query = { q: "ASEAN", sort: "name", dir: undefined, type: "", country: ["VN", "LA"], page: "4" };
    expect(pageQuery(query, 1)).toEqual({ q: "ASEAN", sort: "name", country: ["VN", "LA"] });
    expect(pageQuery(query, 3)).toEqual({ q: "ASEAN", sort: "name", country: ["VN", "LA"], page: "3" });
    expect(pageQuery({ country: [] }, 2)).toEqual({ page: "2" });
  });
});
