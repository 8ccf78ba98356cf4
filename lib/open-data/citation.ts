import type { Locale } from "../validations/common";
import { cslJsonSchema } from "../validations/api-responses";

/**
 * A record of the portal as something to cite. Hand-written formatters instead of citation-js:
 * three small output formats of one record type do not justify its ~2 MB of plugins and parsers.
 */
export type Citable = {
  key: string;
  type: "dataset" | "webpage";
  title: string;
  language: Locale;
  portal: string;
  url: string;
  updated: Date | null;
  accessed: Date;
  /** The original source as one line, e.g. "H. Murakami, <title> (2018-03), Appendix 1, row 12". */
  source: string;
  sourceUrl: string | null;
};

const day = (date: Date) => date.toISOString().slice(0, 10);
const parts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

function bibtexEscape(text: string) {
  return text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}&%$#_])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");
}

export function toBibtex(c: Citable): string {
  const year = (c.updated ?? c.accessed).getUTCFullYear();
  const fields: [string, string][] = [
    ["title", `{${bibtexEscape(c.title)}}`],
    ["author", `{${bibtexEscape(c.portal)}}`],
    ["publisher", bibtexEscape(c.portal)],
    ["year", String(year)],
    ["url", c.url],
    ["urldate", day(c.accessed)],
    ["language", c.language],
    ["note", bibtexEscape(`Source: ${c.source}${c.sourceUrl ? ` <${c.sourceUrl}>` : ""}`)],
  ];
  return `@misc{${c.key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

/** RIS: one tag per line, CRLF, "ER" closes the record. */
export function toRis(c: Citable): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/[\r\n]+/g, " ")}`;
  const lines = [
    line("TY", c.type === "dataset" ? "DATA" : "ELEC"),
    line("TI", c.title),
    line("AU", c.portal),
    line("PB", c.portal),
    ...(c.updated ? [line("PY", String(c.updated.getUTCFullYear())), line("DA", day(c.updated).replace(/-/g, "/"))] : []),
    line("UR", c.url),
    line("Y2", day(c.accessed).replace(/-/g, "/")),
    line("LA", c.language),
    line("N1", `Source: ${c.source}${c.sourceUrl ? ` <${c.sourceUrl}>` : ""}`),
    line("ER", ""),
  ];
  return lines.join("\r\n") + "\r\n";
}

export function toCslJson(c: Citable) {
  return cslJsonSchema.parse([
    {
      id: c.key,
      type: c.type,
      title: c.title,
      author: [{ literal: c.portal }],
      publisher: c.portal,
      URL: c.url,
      language: c.language,
      accessed: { "date-parts": [parts(c.accessed)] },
      ...(c.updated ? { issued: { "date-parts": [parts(c.updated)] } } : {}),
      note: `Source: ${c.source}${c.sourceUrl ? ` <${c.sourceUrl}>` : ""}`,
    },
  ]);
}

export const CITATION_CONTENT_TYPES = {
  bibtex: "application/x-bibtex; charset=utf-8",
  ris: "application/x-research-info-systems; charset=utf-8",
  csl: "application/vnd.citationstyles.csl+json; charset=utf-8",
} as const;
export const CITATION_EXTENSIONS = { bibtex: "bib", ris: "ris", csl: "json" } as const;

export function formatCitation(c: Citable, format: keyof typeof CITATION_CONTENT_TYPES): string {
  if (format === "bibtex") return toBibtex(c);
  if (format === "ris") return toRis(c);
  return JSON.stringify(toCslJson(c), null, 2) + "\n";
}
