// Headers sent with every response. Pages get a per-request nonce from proxy.ts, so scripts need no
// 'unsafe-inline'; responses that do not pass through the proxy (API, static files, errors raised
// before routing) get the same policy without a nonce, which allows no inline script at all.
export function contentSecurityPolicy(nonce: string | null = null) {
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'` : "script-src 'self'",
    // React and Tailwind set style attributes; styles cannot run code, so inline styles stay allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(nonce: string | null = null) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(nonce) },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ];
}
