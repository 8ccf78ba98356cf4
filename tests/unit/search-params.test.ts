import { describe, expect, it } from "vitest";
import { ftsPhrase, likePattern } from "../../lib/search/text-index-sqlite";
import { expandQuery } from "../../lib/search/query-expansion";
import { initiativeSearchSchema, parseSearchLeniently, searchParamsToObject } from "../../lib/validations/search";
import { catalogueQuery } from "../../lib/catalogue-query";

describe("query terms", () => {
  const typed = (q: string) => expandQuery(q).map((group) => group.alternatives[0]);
  it("splits on ASCII and ideographic spaces, dedupes and strips quotes", () => {
    expect(typed(' サイバー犯罪\u3000ASEAN  ASEAN "cert" ')).toEqual(["サイバー犯罪", "asean", "cert"]);
  });
  it("normalises full-width characters", () => {
    expect(typed("ＣＥＲＴ")).toEqual(["cert"]);
  });
  it("keeps at most eight terms", () => {
    expect(typed("a b c d e f g h i j")).toHaveLength(8);
  });
});

describe("escaping", () => {
  it("turns FTS syntax into a literal phrase", () => {
    expect(ftsPhrase('NEAR(a "b") OR *')).toBe('"NEAR(a ""b"") OR *"');
  });
  it("escapes LIKE wildcards", () => {
    expect(likePattern("50%_a\\b")).toBe("%50\\%\\_a\\\\b%");
  });
});

describe("search parameters", () => {
  it("accepts a complete valid query", () => {
    const parsed = initiativeSearchSchema.parse({ q: "cyber", country: "th", from: "2010", to: "2015", page: "2", pageSize: "10", locale: "fr" });
    expect(parsed).toMatchObject({ country: ["TH"], from: 2010, to: 2015, page: 2, pageSize: 10, locale: "fr" });
  });
  it.each([
    [{ page: "-1" }, "page"],
    [{ page: "abc" }, "page"],
    [{ from: "abc" }, "from"],
    [{ from: "2015", to: "2010" }, "to"],
    [{ country: "ZZ" }, "country"],
    [{ theme: "Not A Slug!" }, "theme"],
    [{ sort: "random" }, "sort"],
    [{ pageSize: "1000" }, "pageSize"],
    [{ q: "x".repeat(201) }, "q"],
    [{ country: ["VN", "nowhere"] }, "country"],
    [{ reach: "everywhere" }, "reach"],
    [{ donorCountry: "Japan" }, "donorCountry"],
    [{ theme: Array.from({ length: 31 }, (_, i) => `theme-${i}`) }, "theme"],
  ])("rejects %o on %s", (input, key) => {
    const result = initiativeSearchSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0])).toContain(key);
  });
  it("drops only the invalid parameters when parsing leniently", () => {
    const { search, ignored } = parseSearchLeniently({ page: "-1", from: "abc", theme: "cybercrime", locale: "ja" });
    expect(search).toMatchObject({ page: 1, theme: ["cybercrime"], locale: "ja" });
    expect(search.from).toBeUndefined();
    expect(ignored.map((i) => i.key).sort()).toEqual(["from", "page"]);
  });
  it("keeps every value of a repeatable filter, the first of other parameters, and ignores empty ones", () => {
    expect(searchParamsToObject(new URLSearchParams("q=a&q=b&country=&theme=x&country=VN&country=LA&reach=group&reach=all"))).toEqual({
      q: "a",
      theme: ["x"],
      country: ["VN", "LA"],
      reach: "group",
    });
    expect(initiativeSearchSchema.parse({ country: ["vn", "VN"] }).country).toEqual(["VN"]);
  });
  it("builds stable catalogue URLs without defaults", () => {
    const search = initiativeSearchSchema.parse({ q: "cert", country: "TH", page: "1", reach: "direct" });
    expect(catalogueQuery(search)).toEqual({ q: "cert", country: ["TH"] });
    expect(catalogueQuery({ ...search, reach: "all" })).toEqual({ q: "cert", country: ["TH"], reach: "all" });
    expect(catalogueQuery(search, { page: 3, country: undefined })).toEqual({ q: "cert", page: "3" });
  });
});
