// GET /api/v1/initiatives/feed - Atom feed of the newest and updated initiatives matching a catalogue search
import type { NextRequest } from "next/server";
import { latestInitiativeIds } from "@/lib/db/matching-ids";
import { parseSearchRequest } from "@/lib/api/search-request";
import { FEED_SIZE, feedResponse } from "@/lib/api/feed-response";
import { corsPreflight, withCors } from "@/lib/api/public-response";
import { catalogueQuery } from "@/lib/catalogue-query";

export async function GET(request: NextRequest) {
  const parsed = await parseSearchRequest(request);
  if (!parsed.ok) return withCors(parsed.response);
  const ids = await latestInitiativeIds(parsed.search, FEED_SIZE);
  const query = catalogueQuery(parsed.search, { page: undefined, sort: undefined });
  return feedResponse({ request, locale: parsed.locale, ids, query, kind: "search", q: parsed.search.q });
}

export const OPTIONS = corsPreflight;
