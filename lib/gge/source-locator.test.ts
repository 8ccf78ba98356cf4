import { describe, expect, it } from "vitest";
import { parseAppendixLocator } from "./source-locator";

describe("parseAppendixLocator", () => {
  it("reads the appendix, the symbol and an optional norms paragraph", () => {
    expect(parseAppendixLocator("Appendix 2.5, A/70/174 (norms para 13)")).toEqual({ appendix: "2.5", symbol: "A/70/174", para: "13" });
    expect(parseAppendixLocator("Appendix 2.2, A/RES/53/70")).toEqual({ appendix: "2.2", symbol: "A/RES/53/70", para: "none" });
  });

  it("leaves other locators to be shown as they are", () => {
    expect(parseAppendixLocator("§6.1")).toBeNull();
  });
});
