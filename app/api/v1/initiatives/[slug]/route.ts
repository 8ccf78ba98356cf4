// GET /api/v1/initiatives/{slug} - one published initiative with every translation
import type { NextRequest } from "next/server";
import { getInitiativeRecord } from "@/lib/db/initiative-record";
import { notFoundJson, requestLocale } from "@/lib/api/errors";
import { corsPreflight, publicJson, withCors } from "@/lib/api/public-response";
import { slugSchema } from "@/lib/validations/common";
import { initiativeRecordSchema } from "@/lib/validations/api-responses";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const locale = requestLocale(request.nextUrl, request.headers);
  const parsed = slugSchema.safeParse(slug);
  const record = parsed.success ? await getInitiativeRecord(parsed.data) : null;
  if (!record) return withCors(await notFoundJson(locale));
  // Through JSON first: dates become ISO strings, as the schema (and clients) expect.
  return publicJson(request, initiativeRecordSchema.parse(JSON.parse(JSON.stringify(record))));
}

export const OPTIONS = corsPreflight;
