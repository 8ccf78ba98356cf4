import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { SESSION_COOKIE } from "./lib/auth/cookie";
import { pageCacheControl } from "./lib/http/cache-control";
import { contentSecurityPolicy } from "./lib/security-headers";

const handleI18nRouting = createMiddleware(routing);
const ADMIN_PATH = /^\/(ja|en|fr)\/admin(?:\/|$)/;

/**
 * Locale negotiation and prefixing, a per-request CSP nonce (Next reads it from the request's
 * Content-Security-Policy header and puts it on its own scripts), no caching of admin pages, and an
 * optimistic check that sends visitors without a session cookie straight to the login page.
 * Authorisation itself is checked on the server in every admin page, action and route
 * (lib/auth/require-role.ts): a cookie here proves nothing.
 */
export default async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A multipart post that is not valid multipart makes Next's server-action parser throw (a 500).
  if (request.method === "POST" && /^multipart\/form-data/i.test(request.headers.get("content-type") ?? "")) {
    const valid = await request
      .clone()
      .formData()
      .then(
        () => true,
        () => false,
      );
    if (!valid) return new NextResponse("Bad Request", { status: 400, headers: { "Content-Security-Policy": contentSecurityPolicy() } });
  }
  const admin = pathname.match(ADMIN_PATH);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = contentSecurityPolicy(nonce);
  let response: NextResponse;
  if (admin && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL(`/${admin[1]}/login`, request.url);
    login.searchParams.set("next", pathname);
    response = NextResponse.redirect(login);
  } else {
    // next-intl forwards the request's headers to the page; these two travel with them.
    request.headers.set("x-nonce", nonce);
    request.headers.set("Content-Security-Policy", csp);
    response = handleI18nRouting(request);
  }
  response.headers.set("Content-Security-Policy", csp);
  const cacheControl = pageCacheControl(pathname, response.status);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next|_vercel|.*\\..*).*)"],
};
