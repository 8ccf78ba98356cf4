import { SERVER_ACTION_BODY_LIMIT } from "./csv/limits";

/** Methods the portal answers; Next answers others (TRACE, CONNECT…) with a 500 before any app code runs. */
const METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);

export type Refusal = { status: 400 | 403 | 405 | 411 | 413; reason: string };

type GuardRequest = { method?: string; url?: string; headers: Record<string, string | string[] | undefined> };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/**
 * Requests refused before they reach Next, each of which Next itself would answer with a 500:
 * odd methods, paths that are not valid UTF-8 once percent-decoded, cross-origin posts (the server-action
 * check trusts X-Forwarded-Host, which any client can send), and bodies over the server-action limit.
 */
export function refuseRequest(request: GuardRequest, trustProxy = 0): Refusal | null {
  const method = (request.method ?? "GET").toUpperCase();
  if (!METHODS.has(method)) return { status: 405, reason: "method" };
  const url = request.url ?? "/";
  const path = url.split("?")[0];
  try {
    if (/[\u0000-\u001f\u007f]/.test(decodeURIComponent(path))) return { status: 400, reason: "path" };
  } catch {
    return { status: 400, reason: "encoding" }; // "/%ff", "/100%": not UTF-8 once decoded
  }
  if (method === "POST") {
    const origin = one(request.headers.origin);
    // Behind trusted proxies the public host is the one the outermost of them reports.
    const forwarded = trustProxy
      ? one(request.headers["x-forwarded-host"])
          ?.split(",")
          .map((h) => h.trim())
          .at(-trustProxy)
      : undefined;
    const host = forwarded || one(request.headers.host);
    if (origin !== undefined) {
      let originHost: string | null = null;
      try {
        originHost = new URL(origin).host;
      } catch {}
      if (!host || originHost !== host) return { status: 403, reason: "origin" };
    }
    const length = one(request.headers["content-length"]);
    if (length === undefined && one(request.headers["transfer-encoding"]) !== undefined) return { status: 411, reason: "length" };
    if (Number(length ?? 0) > SERVER_ACTION_BODY_LIMIT) return { status: 413, reason: "size" };
  }
  return null;
}
