// GET /api/v1/initiatives - search the catalogue (same filters as the page), as JSON
import { NextResponse, type NextRequest } from "next/server";
import { searchInitiatives, unknownFilterValues } from "@/lib/db/initiatives";
import { badRequest, requestLocale, zodIssues } from "@/lib/api/errors";
import { initiativeSearchSchema, searchParamsToObject, SEARCH_KEYS } from "@/lib/validations/search";
import { toApiSearchItem } from "@/lib/api/initiative-json";

const KNOWN = new Set<string>(SEARCH_KEYS);

export async function GET(request: NextRequest) {
  const url = request.nextUrl;
  const locale = requestLocale(url, request.headers);
  const unknown = [...new Set(url.searchParams.keys())].filter((key) => !KNOWN.has(key));
  const input = searchParamsToObject(url.searchParams);
  if (unknown.length) return badRequest(locale, unknown.map((key) => ({ path: key, message: "parameter.unknown", code: "unrecognized_keys" })));
  const parsed = initiativeSearchSchema.safeParse({ ...input, locale: input.locale ?? locale });
  if (!parsed.success) return badRequest(locale, zodIssues(parsed.error));
  const missing = await unknownFilterValues(parsed.data);
  if (missing.length) return badRequest(locale, missing.map((key) => ({ path: key, message: "filter.unknownValue", code: "not_found" })));
  const result = await searchInitiatives(parsed.data);
  return NextResponse.json({
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    items: result.items.map(toApiSearchItem),
    facets: result.facets,
  });
}
