// Production server: `next start` plus a guard in front of Next for the requests that Next answers
// with a 500 before any app code runs (see lib/http-guard.ts), and baseline security headers on every
// response, including Next's own error answers, and admission in arrival order (lib/http/request-gate.ts).
// Usage: PORT=3000 node --import tsx scripts/server.ts
import http from "node:http";
import next from "next";
import { refuseRequest } from "../lib/http-guard";
import { securityHeaders } from "../lib/security-headers";
import { env } from "../lib/env";
import { createRequestGate } from "../lib/http/request-gate";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
const baseline = securityHeaders();
const REASONS: Record<number, string> = { 400: "Bad Request", 403: "Forbidden", 405: "Method Not Allowed", 411: "Length Required", 413: "Payload Too Large" };
const gate = createRequestGate(env.MAX_CONCURRENT_REQUESTS, env.REQUEST_QUEUE_LIMIT);
// Built assets and public files are read from disk, never rendered: they need not wait behind pages.
const STATIC_FILE = /^\/(?:_next\/static\/|[^/?]+\.(?:ico|png|svg)(?:\?|$))/;

await app.prepare();
http
  .createServer(async (req, res) => {
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
  })
  .listen(port, hostname, () => console.log(`ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));
