const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Rough rendered width of a character at font size 1: CJK and full-width forms are square, Latin about half. */
function charWidth(char: string) {
  return WIDE.test(char) ? 1 : 0.58;
}

function textWidth(text: string) {
  return [...text].reduce((sum, char) => sum + charWidth(char), 0);
}

/** Words and the spaces after them; each CJK character is a unit of its own (scripts without spaces break between characters). */
function units(label: string): string[] {
  return (
    label.match(
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6][)）」』】、。・]*|[^\s\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]+\s*|\s+/gu,
    ) ?? []
  );
}

/**
 * Breaks a label into at most `maxLines` lines that fit `width` SVG units at `fontSize` (SVG text does
 * not wrap). Lines break between words (between characters in CJK); a label that still does not fit is
 * shortened at a word boundary with an ellipsis, never in the middle of a word unless the word alone is too long.
 */
export function wrapLabel(label: string, width: number, fontSize: number, maxLines = 2): string[] {
  const max = width / fontSize;
  const parts = units(String(label ?? "").trim());
  const lines: string[] = [];
  let line = "";
  for (let index = 0; index < parts.length; index++) {
    const candidate = line + parts[index];
    if (textWidth(candidate.trimEnd()) <= max) {
      line = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(shorten(line + parts.slice(index).join(""), max));
      return lines;
    }
    if (line.trim()) {
      lines.push(line.trimEnd());
      line = parts[index].trimStart();
    } else line = candidate;
    if (textWidth(line.trimEnd()) > max) {
      lines.push(shorten(line.trimEnd(), max));
      line = "";
      if (lines.length === maxLines && index < parts.length - 1) return lines;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Cuts text to `max` ems with an ellipsis, at the last word boundary when there is one. */
function shorten(text: string, max: number): string {
  if (textWidth(text) <= max) return text;
  const chars = [...text];
  let used = charWidth("…");
  let cut = 0;
  while (cut < chars.length && used + charWidth(chars[cut]) <= max) used += charWidth(chars[cut++]);
  const head = chars.slice(0, cut).join("");
  const space = head.lastIndexOf(" ");
  const wide = cut > 0 && WIDE.test(chars[cut - 1]);
  return `${(space > head.length / 3 && !wide ? head.slice(0, space) : head).replace(/[\s,;:·–-]+$/u, "")}…`;
}

/** Shortens a label to one line (see wrapLabel). */
export function fitLabel(label: string, width: number, fontSize: number) {
  return wrapLabel(label, width, fontSize, 1)[0] ?? "";
}
