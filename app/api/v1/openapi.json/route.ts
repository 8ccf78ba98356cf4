// GET /api/v1/openapi.json - OpenAPI 3.1 description of the public API, generated from its Zod schemas
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { requestLocale } from "@/lib/api/errors";
import { buildOpenApi } from "@/lib/api/openapi";
import { corsPreflight, publicJson } from "@/lib/api/public-response";
import { exampleSlugs } from "@/lib/db/open-data-records";
import { env } from "@/lib/env";

export async function GET(request: NextRequest) {
  const locale = request.nextUrl.searchParams.has("locale") ? requestLocale(request.nextUrl, request.headers) : "en";
  const t = await getTranslations({ locale, namespace: "ApiDocs" });
  return publicJson(
    request,
    buildOpenApi((key) => t(key as never), env.SITE_URL, await exampleSlugs()),
  );
}

export const OPTIONS = corsPreflight;
