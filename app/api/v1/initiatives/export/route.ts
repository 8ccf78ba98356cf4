// GET /api/v1/initiatives/export - every initiative of a catalogue search as CSV, xlsx, JSON or IATI XML (streamed)
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { findMatchingInitiativeIds } from "@/lib/db/matching-ids";
import { parseSearchRequest } from "@/lib/api/search-request";
import { badRequest, zodIssues } from "@/lib/api/errors";
import { corsPreflight, withCors } from "@/lib/api/public-response";
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS, exportStream } from "@/lib/api/export-stream";
import { catalogueQuery } from "@/lib/catalogue-query";
import { exportFormatSchema } from "@/lib/validations/open-data";

export async function GET(request: NextRequest) {
  const parsed = await parseSearchRequest(request, ["format"]);
  if (!parsed.ok) return withCors(parsed.response);
  const format = exportFormatSchema.safeParse(parsed.extra.format || undefined);
  if (!format.success)
    return withCors(
      await badRequest(
        parsed.locale,
        zodIssues(format.error).map((issue) => ({ ...issue, path: "format" })),
      ),
    );
  const t = await getTranslations({ locale: parsed.locale, namespace: "Initiative" });
  const labels = {
    status: { planned: t("statusValue.planned"), ongoing: t("statusValue.ongoing"), completed: t("statusValue.completed"), unknown: t("statusValue.unknown") },
  };
  const ids = await findMatchingInitiativeIds(parsed.search);
  const body = exportStream(ids, format.data, { locale: parsed.locale, labels, query: catalogueQuery(parsed.search, { page: undefined }) });
  const filename = `initiatives-${parsed.locale}-${new Date().toISOString().slice(0, 10)}.${EXPORT_EXTENSIONS[format.data]}`;
  return withCors(
    new Response(body, {
      headers: {
        "Content-Type": EXPORT_CONTENT_TYPES[format.data],
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Content-Language": parsed.locale,
        "Cache-Control": "no-store",
        "X-Total-Count": String(ids.length),
      },
    }),
  );
}

export const OPTIONS = corsPreflight;
