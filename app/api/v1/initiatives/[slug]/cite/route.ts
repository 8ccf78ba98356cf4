// GET /api/v1/initiatives/{slug}/cite - the record as BibTeX, RIS or CSL-JSON
import type { NextRequest } from "next/server";
import { citeResponse } from "@/lib/api/cite-response";
import { initiativeCitable } from "@/lib/api/citables";
import { corsPreflight } from "@/lib/api/public-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return citeResponse(request, (await params).slug, (slug, locale) => initiativeCitable(slug, locale));
}

export const OPTIONS = corsPreflight;
