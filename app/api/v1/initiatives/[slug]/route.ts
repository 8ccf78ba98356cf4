// GET /api/v1/initiatives/{slug} - one published initiative with every translation
import type { NextRequest } from "next/server";
import { cachedJson } from "@/lib/http/cache";
import { getInitiativeRecord } from "@/lib/db/initiative-record";
import { notFoundJson, requestLocale } from "@/lib/api/errors";
import { slugSchema } from "@/lib/validations/common";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = requestLocale(request.nextUrl, request.headers);
  const parsed = slugSchema.safeParse(slug);
  const record = parsed.success ? await getInitiativeRecord(parsed.data) : null;
  if (!record) return notFoundJson(locale);
  return cachedJson(request, record);
}
