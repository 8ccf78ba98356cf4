import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";

function keys(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("ja, en and fr have exactly the same keys", () => {
    const reference = keys(en).sort();
    expect(keys(ja).sort()).toEqual(reference);
    expect(keys(fr).sort()).toEqual(reference);
  });

  it("has no empty message", () => {
    for (const messages of [en, fr, ja]) {
      const empty = keys(messages).filter((key) => {
        const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);
        return typeof value !== "string" || value.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("names the thesis's appendices as the thesis and the citations do (付属資料, never 付録)", () => {
    expect(JSON.stringify(ja)).not.toContain("付録");
    expect(JSON.stringify(ja)).toContain("付属資料");
  });
});
