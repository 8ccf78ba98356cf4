// GET /api/v1/feed - site-wide "what's new": the newest and updated published initiatives, as Atom
import type { NextRequest } from "next/server";
import { badRequest, requestLocale } from "@/lib/api/errors";
import { FEED_SIZE, feedResponse } from "@/lib/api/feed-response";
import { latestInitiativeIds } from "@/lib/db/matching-ids";
import { corsPreflight, withCors } from "@/lib/api/public-response";

export async function GET(request: NextRequest) {
  const locale = requestLocale(request.nextUrl, request.headers);
  const unknown = [...request.nextUrl.searchParams.keys()].filter((key) => key !== "locale");
  if (unknown.length)
    return withCors(
      await badRequest(
        locale,
        unknown.map((key) => ({ path: key, message: "parameter.unknown", code: "unrecognized_keys" })),
      ),
    );
  return feedResponse({ request, locale, ids: await latestInitiativeIds(null, FEED_SIZE), query: {}, kind: "whatsNew" });
}

export const OPTIONS = corsPreflight;
