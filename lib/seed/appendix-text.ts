/** Whitespace removed and NFKC-normalised, as the data audit compares names. */
export function normalise(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

// The table header line (the table of contents also names the appendix, so anchor on the header).
const APPENDIX_START = /^名称\tドナー/;
const APPENDIX_END = /^付属資料\s*2[.\s]/;
const ROW_START = /^(\d{1,3})\.\s*/;

/**
 * The thesis's Appendix 1 as extracted from the PDF: for each numbered row, the text of its first
 * (name) column, joined across the continuation lines that follow a page break.
 */
export function appendixNameColumns(text: string): Map<number, string> {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => APPENDIX_START.test(line));
  const endIndex = lines.findIndex((line, index) => index > start && APPENDIX_END.test(line));
  const end = endIndex === -1 ? lines.length : endIndex;
  const columns = new Map<number, string>();
  let current: number | null = null;
  let expected = 1;
  for (const line of lines.slice(start + 1, end)) {
    const match = line.match(ROW_START);
    if (match && Number(match[1]) === expected) {
      current = expected++;
      columns.set(current, normalise(line.replace(ROW_START, "").split("\t")[0]));
    } else if (current !== null) {
      const first = line.split("\t")[0];
      if (first.trim()) columns.set(current, columns.get(current)! + normalise(first));
    }
  }
  return columns;
}
