import { NextResponse, type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";
import { SESSION_COOKIE } from "./lib/auth/cookie";
import { pageCacheControl } from "./lib/http/cache-control";

const handleI18nRouting = createMiddleware(routing);
const ADMIN_PATH = /^\/(ja|en|fr)\/admin(?:\/|$)/;

/**
 * Locale negotiation and prefixing, plus an optimistic check that sends visitors without a session
 * cookie straight to the login page. Authorisation itself is checked on the server in every admin
 * page, action and route (lib/auth/require-role.ts): a cookie here proves nothing.
 */
export default function proxy(request: NextRequest) {
  const admin = request.nextUrl.pathname.match(ADMIN_PATH);
  if (admin && !request.cookies.has(SESSION_COOKIE)) {
    const login = new URL(`/${admin[1]}/login`, request.url);
    login.searchParams.set("next", request.nextUrl.pathname);
    return NextResponse.redirect(login);
  }
  const response = handleI18nRouting(request);
  const cacheControl = pageCacheControl(request.nextUrl.pathname, response.status);
  if (cacheControl) response.headers.set("Cache-Control", cacheControl);
  return response;
}

export const config = {
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
