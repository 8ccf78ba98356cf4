// GET /api/v1/initiatives - search the catalogue (same filters as the page), as JSON
import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/http/cache";
import { datasetLastUpdated } from "@/lib/db/last-updated";
import { searchInitiatives, unknownFilterValues } from "@/lib/db/initiatives";
import { badRequest, requestLocale, zodIssues } from "@/lib/api/errors";
import { initiativeSearchSchema } from "@/lib/validations/search";
import { toApiSearchItem } from "@/lib/api/initiative-json";

const KNOWN = new Set(["q", "country", "region", "donor", "partner", "funder", "theme", "target", "from", "to", "started", "sort", "page", "pageSize", "locale"]);

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  const locale = requestLocale(url, request.headers);
  const input: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [key, value] of url.searchParams.entries()) {
    if (!KNOWN.has(key)) unknown.push(key);
    else if (value !== "" && !(key in input)) input[key] = value;
  }
  if (unknown.length) return badRequest(locale, unknown.map((key) => ({ path: key, message: "parameter.unknown", code: "unrecognized_keys" })));
  const parsed = initiativeSearchSchema.safeParse({ ...input, locale: input.locale ?? locale });
  if (!parsed.success) return badRequest(locale, zodIssues(parsed.error));
  const missing = await unknownFilterValues(parsed.data);
  if (missing.length) return badRequest(locale, missing.map((key) => ({ path: key, message: "filter.unknownValue", code: "not_found" })));
  const [result, lastModified] = await Promise.all([searchInitiatives(parsed.data), datasetLastUpdated()]);
  return cachedJson(request, {
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    items: result.items.map(toApiSearchItem),
    facets: result.facets,
  }, lastModified);
}
