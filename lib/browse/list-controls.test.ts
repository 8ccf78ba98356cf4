import { describe, expect, it } from "vitest";
import { filterByName, foldForSearch, paginate, sortRows } from "./list-controls";

const rows = [
  { name: "Côte d’Ivoire", ja: "コートジボワール", n: 3 },
  { name: "Kenya", ja: "ケニア", n: 40 },
  { name: "Åland", ja: null, n: 0 },
  { name: "Japan", ja: "日本", n: 12 },
];
const names = (row: (typeof rows)[number]) => [row.name, row.ja];

describe("list controls", () => {
  it("folds case, accents, apostrophes and kana", () => {
    expect(foldForSearch("Côte d’Ivoire")).toBe("cote d'ivoire");
    expect(foldForSearch("ケニア")).toBe(foldForSearch("けにあ"));
  });

  it("finds a row by any of its names, ignoring accents and case", () => {
    expect(filterByName(rows, "COTE D'IV", names).map((r) => r.name)).toEqual(["Côte d’Ivoire"]);
    expect(filterByName(rows, "aland", names).map((r) => r.name)).toEqual(["Åland"]);
    expect(filterByName(rows, "けにあ", names).map((r) => r.name)).toEqual(["Kenya"]);
    expect(filterByName(rows, "  ", names)).toHaveLength(4);
  });

  it("sorts numbers and names in both directions, ties by name", () => {
    expect(
      sortRows(
        rows,
        (r) => r.n,
        "desc",
        "en",
        (r) => r.name,
      ).map((r) => r.n),
    ).toEqual([40, 12, 3, 0]);
    expect(
      sortRows(
        rows,
        (r) => r.name,
        "asc",
        "en",
        (r) => r.name,
      ).map((r) => r.name),
    ).toEqual(["Åland", "Côte d’Ivoire", "Japan", "Kenya"]);
    expect(
      sortRows(
        rows,
        (r) => r.name,
        "desc",
        "en",
        (r) => r.name,
      )[0].name,
    ).toBe("Kenya");
  });

  it("paginates and clamps a page past the end", () => {
    expect(paginate(rows, 2, 3)).toMatchObject({ page: 2, pageCount: 2, total: 4, items: [rows[3]] });
    expect(paginate(rows, 9, 3).page).toBe(2);
    expect(paginate([], 1, 3)).toMatchObject({ page: 1, pageCount: 1, items: [] });
  });
});
