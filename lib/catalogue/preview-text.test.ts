import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";
import { COUNT_SLOT, previewText } from "./preview-text";

// The client fills in templates made on the server; the result must equal the ICU message itself.
describe("previewText", () => {
  it.each([
    ["en", en],
    ["fr", fr],
    ["ja", ja],
  ] as const)("equals the %s catalogue's previewCount for every count", (locale, messages) => {
    const t = createTranslator({ locale, messages, namespace: "Catalogue" });
    const texts = {
      zero: t("previewCount", { count: 0, formatted: "0" }),
      one: t("previewCount", { count: 1, formatted: COUNT_SLOT }),
      other: t("previewCount", { count: 2, formatted: COUNT_SLOT }),
    };
    for (const count of [0, 1, 2, 5, 1000, 1_000_000]) {
      const formatted = new Intl.NumberFormat(locale).format(count);
      expect(previewText(texts, locale, count)).toBe(t("previewCount", { count, formatted }));
    }
  });
});
