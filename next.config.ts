import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/csv/limits";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden() answers 403 to signed-in users without the role (lib/auth/require-role.ts).
  experimental: {
    authInterrupts: true,
    // The CSV import is the largest server-action body: its file, sent once (lib/csv/limits.ts).
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT },
    // The stylesheet (~7 kB gzip) goes inline: on a slow phone connection a render-blocking request costs
    // a round trip before the first paint (Lighthouse's LCP), more than the bytes it adds to each page.
    inlineCss: true,
  },
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  async headers() {
    // Pages get the same headers from proxy.ts with a per-request nonce in their CSP.
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default withNextIntl(nextConfig);
