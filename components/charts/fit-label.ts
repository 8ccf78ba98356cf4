/** Rough rendered width of a character at font size 1: CJK and full-width forms are square, Latin about half. */
function charWidth(char: string) {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 1 : 0.58;
}

/** Shortens a label with an ellipsis so that it fits in `width` SVG units at `fontSize` (SVG text does not wrap). */
export function fitLabel(label: string, width: number, fontSize: number) {
  const max = width / fontSize;
  let used = 0;
  const chars = [...label];
  for (let i = 0; i < chars.length; i++) {
    used += charWidth(chars[i]);
    if (used > max) return `${chars.slice(0, Math.max(1, i - 1)).join("")}…`;
  }
  return label;
}
