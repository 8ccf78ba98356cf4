import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";
import { initiativeSearchSchema, parseSearchLeniently } from "../../lib/validations/search";
import { adminListQuerySchema } from "../../lib/validations/admin-query";
import { countryListQuerySchema } from "../../lib/validations/browse";

describe("control characters in search text", () => {
  it.each(["abc\u0000def", "a\u0007b", "\u001b[31m", "x\u0085y"])("the API schema rejects %j with a localised message", (q) => {
    const result = initiativeSearchSchema.safeParse({ q });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["q"], message: "query.controlCharacters" });
  });

  it("the page drops the text and reports it as ignored", () => {
    const { search, ignored } = parseSearchLeniently({ q: "a\u0000b", locale: "fr" });
    expect(search.q).toBeUndefined();
    expect(ignored).toEqual([{ key: "q", message: "query.controlCharacters" }]);
  });

  it("keeps ordinary text, accents, Japanese and FTS punctuation", () => {
    for (const q of ["sécurité", "サイバー", '"phrase" OR x*', "a  b"]) expect(initiativeSearchSchema.safeParse({ q }).success).toBe(true);
  });

  it("admin and country lists drop such text instead of using it", () => {
    expect(adminListQuerySchema.parse({ q: "a\u0000" }).q).toBeUndefined();
    expect(countryListQuerySchema.parse({ q: "a\u0000" }).q).toBeUndefined();
  });

  it("has the message in every locale", () => {
    for (const messages of [en, fr, ja]) {
      expect(messages.Validation.query.controlCharacters).toBeTruthy();
      expect(messages.Validation.text.controlCharacters).toBeTruthy();
    }
  });
});

describe("control characters in record texts", async () => {
  const { localizedTextSchema } = await import("../../lib/validations/common");
  it("refuses NUL and escapes but keeps line breaks and tabs of multi-line texts", () => {
    expect(localizedTextSchema().safeParse({ en: "a\u0000b" }).error?.issues[0].message).toBe("text.controlCharacters");
    expect(localizedTextSchema().safeParse({ en: "line one\r\nline two\tend" }).success).toBe(true);
  });
});
