/** The encodings an uploaded CSV may use; Excel in Japan writes Shift_JIS (CP932) by default. */
export const CSV_ENCODINGS = ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "shift_jis"] as const;
export type CsvEncoding = (typeof CSV_ENCODINGS)[number];

export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; key: "csv.encoding" | "csv.controlCharacters" };

// Control characters other than tab, line feed and carriage return: a binary file, or UTF-16 without a BOM.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function strict(label: string, bytes: Uint8Array): string | null {
  try {
    // fatal: a byte sequence that is not valid in this encoding is an error, never U+FFFD.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Detects and decodes an upload: a BOM names UTF-8 or UTF-16; without one the bytes must be valid UTF-8,
 * else valid Shift_JIS (WHATWG's shift_jis is Windows-31J, i.e. CP932). Anything else is refused rather
 * than stored as mojibake.
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  const has = (...prefix: number[]) => prefix.every((byte, i) => bytes[i] === byte);
  const [encoding, text]: [CsvEncoding, string | null] = has(0xef, 0xbb, 0xbf)
    ? ["utf-8-bom", strict("utf-8", bytes.subarray(3))]
    : has(0xff, 0xfe)
      ? ["utf-16le", strict("utf-16le", bytes.subarray(2))]
      : has(0xfe, 0xff)
        ? ["utf-16be", strict("utf-16be", bytes.subarray(2))]
        : ((): [CsvEncoding, string | null] => {
            const utf8 = strict("utf-8", bytes);
            return utf8 !== null ? ["utf-8", utf8] : ["shift_jis", strict("shift_jis", bytes)];
          })();
  if (text === null) return { ok: false, key: "csv.encoding" };
  if (CONTROL.test(text)) return { ok: false, key: "csv.controlCharacters" };
  return { ok: true, text, encoding };
}
