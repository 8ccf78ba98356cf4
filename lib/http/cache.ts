import { createHash } from "node:crypto";
import { NextResponse } from "next/server";

import { PUBLIC_CACHE_CONTROL } from "./cache-control";

/** Whether the request's If-None-Match names this ETag (a weak comparison, as RFC 9110 asks for GET). */
export function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/** A JSON answer of the public API with Cache-Control, ETag and Last-Modified; 304 without a body when the client's copy is current. */
export function cachedJson(request: Request, body: unknown, lastModified?: Date | null): Response {
  const text = JSON.stringify(body);
  const etag = `"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"`;
  const headers: Record<string, string> = { "Cache-Control": PUBLIC_CACHE_CONTROL, ETag: etag, Vary: "Accept-Language" };
  if (lastModified) headers["Last-Modified"] = lastModified.toUTCString();
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });
  return new NextResponse(text, { status: 200, headers: { ...headers, "Content-Type": "application/json" } });
}
