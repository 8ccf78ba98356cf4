// GET /api/v1/initiatives - search the catalogue (same filters as the page), as JSON
import type { NextRequest } from "next/server";
import { searchInitiatives } from "@/lib/db/initiatives";
import { parseSearchRequest } from "@/lib/api/search-request";
import { corsPreflight, publicJson, withCors } from "@/lib/api/public-response";
import { datasetLastUpdated } from "@/lib/db/last-updated";
import { toApiSearchItem } from "@/lib/api/initiative-json";
import { searchResponseSchema } from "@/lib/validations/api-responses";

export async function GET(request: NextRequest) {
  const parsed = await parseSearchRequest(request);
  if (!parsed.ok) return withCors(parsed.response);
  const [result, lastModified] = await Promise.all([searchInitiatives(parsed.search), datasetLastUpdated()]);
  const body = searchResponseSchema.parse({
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    items: result.items.map(toApiSearchItem),
    facets: result.facets,
  });
  return publicJson(request, body, 200, lastModified);
}

export const OPTIONS = corsPreflight;
