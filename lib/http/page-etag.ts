import { createHash } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { SESSION_COOKIE } from "../auth/cookie";
import { PUBLIC_CACHE_CONTROL, pageCacheControl } from "./cache-control";

/**
 * Validators for public pages (used by scripts/server.ts, in front of Next). A page's HTML differs on
 * every request (its CSP nonce), so the ETag cannot hash the body: it names what the page is made of
 * instead — the build, the URL (locale and query included), the day (pages say "ongoing as of") and the
 * data version (lib/http/data-version.ts). A 304 sends no body, so no nonce is reused.
 */
export function pageEtag(parts: { buildId: string; url: string; dataVersion: string; day: string }) {
  const digest = createHash("sha256").update(`${parts.buildId}\n${parts.url}\n${parts.dataVersion}\n${parts.day}`).digest("base64url");
  return `W/"p-${digest.slice(0, 27)}"`;
}

/** True when If-None-Match names this ETag (weak comparison, RFC 9110 §13.1.2). */
export function etagMatches(header: string | string[] | undefined, etag: string) {
  if (typeof header !== "string" || header === "") return false;
  if (header.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return header.split(",").some((candidate) => candidate.trim().replace(/^W\//, "") === bare);
}

const PAGE_PATH = /^\/(?:ja|en|fr)(?:\/|$)/;

/**
 * Whether a request may be answered from a validator: an anonymous GET or HEAD of a public page as HTML.
 * Not admin or login pages, not a signed-in visitor (the page may differ), not Next's own requests for a
 * page's RSC payload (client navigation, prefetch) or a server action, which share the page's URL.
 */
export function validatable(method: string | undefined, pathname: string, headers: IncomingHttpHeaders) {
  if (method !== "GET" && method !== "HEAD") return false;
  if (!PAGE_PATH.test(pathname) || pageCacheControl(pathname, 200) !== PUBLIC_CACHE_CONTROL) return false;
  if (headers.rsc || headers["next-router-prefetch"] || headers["next-action"] || headers["next-router-state-tree"]) return false;
  const cookies = headers.cookie ?? "";
  return !cookies.split(";").some((cookie) => cookie.trim().startsWith(`${SESSION_COOKIE}=`));
}
