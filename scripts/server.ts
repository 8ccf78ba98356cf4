// Production server: `next start` plus a guard in front of Next for the requests that Next answers
// with a 500 before any app code runs (see lib/http-guard.ts), and baseline security headers on every
// response, including Next's own error answers, ETag/304 for anonymous public pages (lib/http/page-etag.ts)
// and admission in arrival order (lib/http/request-gate.ts). `npm run build` compiles it to .next/portal-server.mjs;
// `npm start` (scripts/start.mjs) runs that.
import "./server-memory";
import "./server-next-config";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { refuseRequest } from "../lib/http-guard";
import { securityHeaders } from "../lib/security-headers";
import { databaseEngine, databaseFilePath, env } from "../lib/env";
import { PUBLIC_CACHE_CONTROL } from "../lib/http/cache-control";
import { dataVersionReader } from "../lib/http/data-version";
import { etagMatches, pageEtag, validatable } from "../lib/http/page-etag";
import { createRequestGate } from "../lib/http/request-gate";
import { routing } from "../lib/i18n/routing";
import { warmUp } from "./server-warm-up";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const baseline = securityHeaders();
// What Next sends with a page (its RSC payload shares the URL); a 304 repeats it (RFC 9110 §15.4.5).
const PAGE_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding";
const REASONS: Record<number, string> = { 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 411: "Length Required", 413: "Payload Too Large" };
const gate = createRequestGate(env.MAX_CONCURRENT_REQUESTS, env.REQUEST_QUEUE_LIMIT);
// Built assets and public files are read from disk, never rendered: they need not wait behind pages.
const STATIC_FILE = /^\/(?:_next\/static\/|[^/?]+\.(?:ico|png|svg)(?:\?|$))/;

await app.prepare();
const buildId = fs.readFileSync(path.resolve(".next/BUILD_ID"), "utf8").trim();
const readDataVersion = await dataVersionReader(databaseEngine(), env.DATABASE_URL, databaseFilePath()).catch((error: unknown) => {
  console.error("page validators disabled:", error);
  return null;
});

/** The ETag of an anonymous public page request, or null (then Next answers as usual, without one). */
async function pageValidator(req: http.IncomingMessage): Promise<string | null> {
  if (!readDataVersion) return null;
  const url = req.url ?? "/";
  if (!validatable(req.method, url.split("?")[0], req.headers)) return null;
  const dataVersion = await readDataVersion().catch(() => null);
  if (dataVersion === null) return null;
  return pageEtag({ buildId, url, dataVersion, day: new Date().toISOString().slice(0, 10) });
}

/** Sends the ETag with a 200 page only: a 404 or a redirect at the same URL must not be revalidated as one. */
function keepEtagOnlyOn200(res: http.ServerResponse, etag: string) {
  res.setHeader("ETag", etag);
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status !== 200) res.removeHeader("ETag");
    else res.setHeader("ETag", etag);
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
}

const server = http.createServer(async (req, res) => {
  // Set first: Next and proxy.ts overwrite them (the page CSP carries a nonce), but errors keep these.
  for (const { key, value } of baseline) res.setHeader(key, value);
  const refusal = refuseRequest(req, env.TRUST_PROXY);
  if (refusal) {
    res.writeHead(refusal.status, {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      ...(refusal.status === 405 ? { Allow: "GET, HEAD, POST, OPTIONS" } : {}),
    });
    res.end(REASONS[refusal.status]);
    req.resume();
    return;
  }
  // Without trusted proxies nobody may tell Next which host it serves (its server-action origin check reads this).
  if (!env.TRUST_PROXY) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-proto"];
  }
  const etag = await pageValidator(req).catch(() => null);
  if (etag && etagMatches(req.headers["if-none-match"], etag)) {
    // A cache merges a 304's headers into the stored page: a CSP here would replace the one whose nonce
    // the stored HTML carries, and block its scripts.
    res.removeHeader("Content-Security-Policy");
    res.writeHead(304, { ETag: etag, "Cache-Control": PUBLIC_CACHE_CONTROL, Vary: PAGE_VARY });
    res.end();
    req.resume();
    return;
  }
  if (etag) keepEtagOnlyOn200(res, etag);
  if (!STATIC_FILE.test(req.url ?? "")) {
    const release = await gate.enter(() => req.socket.destroyed);
    if (req.socket.destroyed) return release?.();
    if (!release) {
      res.writeHead(503, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Retry-After": "5" });
      res.end("Service Unavailable");
      req.resume();
      return;
    }
    res.once("close", release);
  }
  handle(req, res).catch((error: unknown) => {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end();
  });
});
await warmUp(server, `/${routing.defaultLocale}`);
server.listen(port, hostname, () => console.log(`ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
