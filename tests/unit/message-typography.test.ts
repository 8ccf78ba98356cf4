import { describe, expect, it } from "vitest";
import fr from "@/messages/fr.json";
import ja from "@/messages/ja.json";

function values(messages: unknown, path = ""): [string, string][] {
  if (typeof messages === "string") return [[path, messages]];
  return Object.entries(messages as Record<string, unknown>).flatMap(([key, value]) => values(value, path ? `${path}.${key}` : key));
}

describe("French typography in the messages", () => {
  it("puts a narrow no-break space before : ; ? ! and inside « »", () => {
    const wrong = values(fr).filter(([, text]) => /(?:^|[^\u202f])[;:!?](?=\s|$|<|\{|\))/.test(text) || /«(?!\u202f)|(?<!\u202f)»/.test(text));
    expect(wrong).toEqual([]);
  });
});

describe("Japanese messages", () => {
  it("never show the English word for a preamble", () => {
    expect(values(ja).filter(([, text]) => /第\{ref\}段落/.test(text) && !text.includes("preamble"))).toEqual([]);
    // The admin hint quotes a locator as it is stored (in English, translated when shown), on purpose.
    expect(values(ja).filter(([key, text]) => /Appendix|norms para/.test(text) && key !== "AdminGge.hints.sourceLocator")).toEqual([]);
  });
});

describe("texts joined in components", () => {
  it("join a name and a value through a message (each locale's punctuation), never a hard-coded colon", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const files = readdirSync("components", { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".tsx"));
    expect(files.length).toBeGreaterThan(20);
    const joined = files.filter((file) => /`[^`]*\}: \$\{[^`]*`/.test(readFileSync(`components/${file}`, "utf8")));
    expect(joined).toEqual([]);
  });
});
