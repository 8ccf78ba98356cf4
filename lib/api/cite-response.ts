import "server-only";
import type { NextRequest } from "next/server";
import { badRequest, notFoundJson, requestLocale, zodIssues } from "./errors";
import { publicResponse, withCors } from "./public-response";
import { CITATION_CONTENT_TYPES, CITATION_EXTENSIONS, formatCitation, type Citable } from "../open-data/citation";
import { citationFormatSchema } from "../validations/open-data";
import { slugSchema, type Locale } from "../validations/common";

/** GET …/{slug}/cite?format=bibtex|ris|csl for any citable record. */
export async function citeResponse(request: NextRequest, slug: string, load: (slug: string, locale: Locale) => Promise<Citable | null>) {
  const locale = requestLocale(request.nextUrl, request.headers);
  const unknown = [...request.nextUrl.searchParams.keys()].filter((key) => key !== "format" && key !== "locale");
  if (unknown.length)
    return withCors(
      await badRequest(
        locale,
        unknown.map((key) => ({ path: key, message: "parameter.unknown", code: "unrecognized_keys" })),
      ),
    );
  const format = citationFormatSchema.safeParse(request.nextUrl.searchParams.get("format") || undefined);
  if (!format.success)
    return withCors(
      await badRequest(
        locale,
        zodIssues(format.error).map((issue) => ({ ...issue, path: "format" })),
      ),
    );
  const parsed = slugSchema.safeParse(slug);
  const citable = parsed.success ? await load(parsed.data, locale) : null;
  if (!citable) return withCors(await notFoundJson(locale));
  // The access date is the day, so the body (and its ETag) stays the same all day.
  const body = formatCitation({ ...citable, accessed: new Date(new Date().toISOString().slice(0, 10)) }, format.data);
  return publicResponse(request, body, {
    "Content-Type": CITATION_CONTENT_TYPES[format.data],
    "Content-Disposition": `attachment; filename="${citable.key}.${CITATION_EXTENSIONS[format.data]}"`,
  });
}
