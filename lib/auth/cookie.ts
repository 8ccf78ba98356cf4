/** The session cookie's name (no server imports: the proxy reads it too). */
export const SESSION_COOKIE = "portal_session";
