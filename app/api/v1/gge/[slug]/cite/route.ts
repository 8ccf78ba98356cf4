// GET /api/v1/gge/{slug}/cite - a GGE document's page as BibTeX, RIS or CSL-JSON
import type { NextRequest } from "next/server";
import { citeResponse } from "@/lib/api/cite-response";
import { ggeDocumentCitable } from "@/lib/api/citables";
import { corsPreflight } from "@/lib/api/public-response";

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  return citeResponse(request, (await params).slug, (slug, locale) => ggeDocumentCitable(slug, locale));
}

export const OPTIONS = corsPreflight;
