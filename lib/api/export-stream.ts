import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { openDataRecordBatches } from "../db/open-data-records";
import { env } from "../env";
import type { Locale } from "../validations/common";
import type { EXPORT_FORMATS } from "../validations/open-data";
import { csvHeader, csvRow, CSV_BOM } from "../open-data/csv";
import { cellText, EXPORT_COLUMNS, toExportRow, type ExportLabels } from "../open-data/export-row";
import { IATI_FOOTER, iatiActivity, iatiHeader } from "../open-data/iati";
import type { OpenDataRecord } from "../open-data/record";
import { exportRowSchema } from "../validations/api-responses";

export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  iati: "application/xml; charset=utf-8",
};
export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { csv: "csv", xlsx: "xlsx", json: "json", iati: "xml" };

type Options = { locale: Locale; labels: ExportLabels; now?: Date; query?: Record<string, string | string[]> };

export const iatiConfig = () => ({
  siteUrl: env.SITE_URL,
  reportingOrg: { ref: env.IATI_REPORTING_ORG_REF, name: env.IATI_REPORTING_ORG_NAME, type: env.IATI_REPORTING_ORG_TYPE },
});

/** Text formats: a generator of chunks, one batch of records at a time. */
async function* textChunks(ids: number[], format: Exclude<ExportFormat, "xlsx">, options: Options): AsyncGenerator<string> {
  const now = options.now ?? new Date();
  const row = (record: OpenDataRecord) => toExportRow(record, options.locale, env.SITE_URL, options.labels, now);
  if (format === "csv") yield CSV_BOM + csvHeader();
  if (format === "json")
    yield `{"generatedAt":${JSON.stringify(now.toISOString())},"locale":${JSON.stringify(options.locale)},"query":${JSON.stringify(options.query ?? {})},"total":${ids.length},"items":[`;
  if (format === "iati") yield iatiHeader(now);
  let first = true;
  const config = iatiConfig();
  for await (const batch of openDataRecordBatches(ids)) {
    let chunk = "";
    for (const record of batch) {
      if (format === "csv") chunk += csvRow(row(record));
      else if (format === "json") chunk += (first ? "\n" : ",\n") + JSON.stringify(exportRowSchema.parse(row(record)));
      else chunk += iatiActivity(record, config, now) + "\n";
      first = false;
    }
    yield chunk;
  }
  if (format === "json") yield "\n]}\n";
  if (format === "iati") yield IATI_FOOTER;
}

/** exceljs's streaming writer commits each row to the zip as it goes (constant memory). */
function xlsxStream(ids: number[], options: Options): ReadableStream<Uint8Array> {
  const output = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useSharedStrings: false, useStyles: false });
  const sheet = workbook.addWorksheet("initiatives");
  const now = options.now ?? new Date();
  (async () => {
    // Plain strings are written as strings, never as formulas, so nothing needs neutralising here.
    sheet.addRow([...EXPORT_COLUMNS]).commit();
    for await (const batch of openDataRecordBatches(ids)) {
      for (const record of batch) {
        const row = toExportRow(record, options.locale, env.SITE_URL, options.labels, now);
        sheet.addRow(EXPORT_COLUMNS.map((c) => (typeof row[c] === "number" ? row[c] : cellText(row[c])))).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error) => output.destroy(error));
  return Readable.toWeb(output) as ReadableStream<Uint8Array>;
}

export function exportStream(ids: number[], format: ExportFormat, options: Options): ReadableStream<Uint8Array> {
  if (format === "xlsx") return xlsxStream(ids, options);
  const chunks = textChunks(ids, format, options);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
