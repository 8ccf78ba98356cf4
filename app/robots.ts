import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// GET /robots.txt - everything public may be crawled; admin, login and the API may not
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/ja/admin", "/en/admin", "/fr/admin", "/ja/login", "/en/login", "/fr/login"] },
    sitemap: `${env.SITE_URL}/sitemap.xml`,
  };
}
