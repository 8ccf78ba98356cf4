/** Public pages and the public API: browsers may reuse a response briefly, then must ask again (cheap with ETag/304). */
export const PUBLIC_CACHE_CONTROL = "public, max-age=60, must-revalidate";
/** Admin pages, the login page and anything that depends on who is signed in. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

const PRIVATE_PATH = /^\/(?:ja|en|fr)\/(?:admin|login)(?:\/|$)/;

/** The Cache-Control of a page response: admin and login never stored, redirects left to Next, the rest public. */
export function pageCacheControl(pathname: string, status: number): string | null {
  if (PRIVATE_PATH.test(pathname)) return PRIVATE_CACHE_CONTROL;
  if (status >= 300 && status < 400) return null;
  return PUBLIC_CACHE_CONTROL;
}
