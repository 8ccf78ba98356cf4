import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";
import { plainMessage } from "../../lib/i18n/plain-message";

describe("plain messages", () => {
  it("fills in plain placeholders, any number of times and in any order", () => {
    expect(plainMessage("{label} ({count})")!({ label: "Viet Nam", count: "1,234" })).toBe("Viet Nam (1,234)");
    expect(plainMessage("{b}–{a}, {b}")!({ a: "1", b: "2" })).toBe("2–1, 2");
    expect(plainMessage("No argument")!({})).toBe("No argument");
  });

  it("leaves every other message to ICU", () => {
    for (const pattern of [
      "{count, plural, one {# item} other {# items}}",
      "{n, number, percent}",
      "{kind, select, a {A} other {B}}",
      "Quoted '{braces}'",
      "It's {name}",
      "<b>{name}</b>",
      "{ spaced }",
      "unbalanced {",
    ])
      expect(plainMessage(pattern), pattern).toBeNull();
  });

  it("refuses to fill in a placeholder without a value", () => {
    expect(() => plainMessage("{label} ({count})")!({ label: "x" })).toThrow(/count/);
  });

  it.each([
    ["ja", ja],
    ["en", en],
    ["fr", fr],
  ] as const)("formats the catalogue's facet options in %s as t() does", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "Catalogue" });
    const format = plainMessage(messages.Catalogue.facetOption);
    expect(format).not.toBeNull();
    for (const values of [
      { label: "Viet Nam", count: "12" },
      { label: "Côte d’Ivoire", count: "1 234" },
      { label: "国際協力機構", count: "3" },
    ])
      expect(format!(values)).toBe(t("facetOption", values));
  });
});
