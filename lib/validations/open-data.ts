import { z } from "zod";

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "iati"] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS, { message: "format.invalid" }).default("csv").meta({
  description: "csv (UTF-8 with BOM), xlsx, json, or iati (IATI activity XML 2.03)",
});

export const CITATION_FORMATS = ["bibtex", "ris", "csl"] as const;
export const citationFormatSchema = z.enum(CITATION_FORMATS, { message: "format.invalid" }).default("csl").meta({
  description: "bibtex, ris (RIS), or csl (CSL-JSON)",
});
