import { createHash } from "node:crypto";
import { PUBLIC_CACHE_CONTROL } from "../http/cache-control";

/** Any site may read the public API (it serves only published data; no cookies are read). */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Content-Disposition, Content-Language",
};

export function withCors<T extends Response>(response: T): T {
  for (const [key, value] of Object.entries(CORS_HEADERS)) response.headers.set(key, value);
  return response;
}

/** Answers the preflight a browser sends before a cross-origin GET with If-None-Match. */
export function corsPreflight() {
  return withCors(
    new Response(null, {
      status: 204,
      headers: {
        "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
        "Access-Control-Allow-Headers": "If-None-Match, Accept-Language",
        "Access-Control-Max-Age": "86400",
      },
    }),
  );
}

export function weakEtag(body: string | Uint8Array) {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** True when If-None-Match names this ETag (weak comparison, as RFC 9110 asks for GET). */
function matches(header: string | null, etag: string) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

/** A complete public response with CORS, a weak ETag from its body, and 304 on a matching If-None-Match. */
export function publicResponse(request: Request, body: string, headers: Record<string, string>, status = 200, lastModified?: Date | null) {
  const etag = weakEtag(body);
  // Without ?locale= the language comes from Accept-Language, so caches must key on it.
  const common: Record<string, string> = { ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: "Accept-Language", ...headers };
  if (lastModified) common["Last-Modified"] = lastModified.toUTCString();
  if (status === 200 && matches(request.headers.get("if-none-match"), etag)) {
    const { "Content-Type": _type, "Content-Disposition": _disposition, ...rest } = common;
    return withCors(new Response(null, { status: 304, headers: rest }));
  }
  return withCors(new Response(body, { status, headers: common }));
}

export function publicJson(request: Request, value: unknown, status = 200, lastModified?: Date | null) {
  return publicResponse(request, JSON.stringify(value), { "Content-Type": "application/json; charset=utf-8" }, status, lastModified);
}
