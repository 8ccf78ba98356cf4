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
    // The description's keys are assembled from the API's paths and parameters at run time (lib/api/openapi.ts),
    // so the compiler only sees strings: the one cast from string to the ApiDocs key type.
    buildOpenApi((key) => t(key as Parameters<typeof t>[0]), env.SITE_URL, await exampleSlugs()),
  );
}

export const OPTIONS = corsPreflight;
