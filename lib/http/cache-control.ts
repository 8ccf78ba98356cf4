/**
 * Public pages and the public API: caches may keep a copy but must ask again before each reuse (cheap
 * with ETag/304 on the API). Any longer max-age would show a just-published edit late, and the portal
 * promises that an edit is visible on the next request.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate";
/** Admin pages, the login page and anything that depends on who is signed in. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

const PRIVATE_PATH = /^\/(?:ja|en|fr)\/(?:admin|login)(?:\/|$)/;

/** The Cache-Control of a page response: admin and login never stored, redirects left to Next, the rest public. */
export function pageCacheControl(pathname: string, status: number): string | null {
  if (PRIVATE_PATH.test(pathname)) return PRIVATE_CACHE_CONTROL;
  if (status >= 300 && status < 400) return null;
  return PUBLIC_CACHE_CONTROL;
}
