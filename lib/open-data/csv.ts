import { cellText, EXPORT_COLUMNS, type ExportRow } from "./export-row";

/** Excel and LibreOffice open a UTF-8 file as UTF-8 (Japanese intact) only when it starts with a BOM. */
export const CSV_BOM = "\uFEFF";

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab or carriage return) gets a
 * leading apostrophe, as OWASP recommends against CSV injection; numbers stay numbers.
 */
export function neutraliseFormula(text: string): string {
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) return `'${text}`;
  return text;
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: string[]): string {
  return cells.map((cell) => csvCell(neutraliseFormula(cell))).join(",") + "\r\n";
}

export const csvHeader = () => csvLine([...EXPORT_COLUMNS]);

export const csvRow = (row: ExportRow) => csvLine(EXPORT_COLUMNS.map((column) => cellText(row[column])));
