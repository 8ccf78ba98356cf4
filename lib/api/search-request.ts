import "server-only";
import type { NextRequest } from "next/server";
import { unknownFilterValues } from "../db/initiatives";
import { initiativeSearchSchema, searchParamsToObject, SEARCH_KEYS, type InitiativeSearch } from "../validations/search";
import type { Locale } from "../validations/common";
import { badRequest, requestLocale, zodIssues } from "./errors";

type Parsed = { ok: true; search: InitiativeSearch; locale: Locale; extra: Record<string, string> } | { ok: false; response: Response };

/**
 * Reads the catalogue's filters from a request exactly as GET /api/v1/initiatives does (unknown
 * parameters, invalid values and unknown slugs give the same localised 400). `extra` names the
 * route's own parameters (e.g. `format`), returned unvalidated for the route to check.
 */
export async function parseSearchRequest(request: NextRequest, extraKeys: readonly string[] = []): Promise<Parsed> {
  const url = request.nextUrl;
  const locale = requestLocale(url, request.headers);
  const known = new Set<string>([...SEARCH_KEYS, ...extraKeys]);
  const extra: Record<string, string> = {};
  const unknown = [...new Set(url.searchParams.keys())].filter((key) => !known.has(key));
  for (const key of extraKeys) {
    const value = url.searchParams.get(key);
    if (value !== null) extra[key] = value;
  }
  // Repeatable filters keep every value (any of them matches); other parameters their first.
  const input = searchParamsToObject(url.searchParams) as Record<string, unknown>;
  if (unknown.length)
    return {
      ok: false,
      response: await badRequest(
        locale,
        unknown.map((key) => ({ path: key, message: "parameter.unknown", code: "unrecognized_keys" })),
      ),
    };
  const parsed = initiativeSearchSchema.safeParse({ ...input, locale: (input.locale as string | undefined) ?? locale });
  if (!parsed.success) return { ok: false, response: await badRequest(locale, zodIssues(parsed.error)) };
  const missing = await unknownFilterValues(parsed.data);
  if (missing.length)
    return {
      ok: false,
      response: await badRequest(
        locale,
        missing.map((key) => ({ path: key, message: "filter.unknownValue", code: "not_found" })),
      ),
    };
  return { ok: true, search: parsed.data, locale: parsed.data.locale, extra };
}
