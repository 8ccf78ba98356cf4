import { describe, expect, it } from "vitest";
import { fitLabel, wrapLabel } from "@/components/charts/fit-label";

describe("wrapLabel", () => {
  it("keeps a short label whole", () => {
    expect(wrapLabel("Kenya", 200, 13)).toEqual(["Kenya"]);
  });

  it("breaks between words, never inside one", () => {
    const lines = wrapLabel("Foreign, Commonwealth and Development Office", 150, 13);
    expect(lines.length).toBe(2);
    for (const line of lines) for (const word of line.replace("…", "").split(" ")) expect("Foreign, Commonwealth and Development Office").toContain(word);
    expect(lines.join(" ").replace("…", "")).not.toMatch(/\b(Forei|Commonw|Develop)\b(?!\w)/);
  });

  it("shortens at a word boundary with an ellipsis when two lines are not enough", () => {
    const lines = wrapLabel("International Telecommunication Union Global Cybersecurity Capacity Programme of Excellence", 160, 13);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    expect(lines[1].slice(0, -1)).toMatch(/[A-Za-z]$/);
    const words = new Set("International Telecommunication Union Global Cybersecurity Capacity Programme of Excellence".split(" "));
    for (const word of lines[1].slice(0, -1).split(" ")) expect(words.has(word)).toBe(true);
  });

  it("breaks CJK text between characters and counts them as wide", () => {
    const lines = wrapLabel("サイバーセキュリティ能力構築のための国際協力プログラム", 130, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[0].length).toBeLessThanOrEqual(10);
  });

  it("fitLabel returns one line that fits", () => {
    expect(fitLabel("Critical information infrastructure protection", 170, 13)).toBe("Critical information…");
  });
});
