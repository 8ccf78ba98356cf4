/**
 * A message whose only arguments are plain `{name}` placeholders, as a function that fills them in; null for
 * any other message (plural, select, number or date styles, rich-text tags, quoted syntax), which next-intl's
 * t() must format. A t() call costs ~10 µs, most of it building the memo key of the compiled message, and
 * the catalogue labels up to ~400 facet options per page.
 */
export function plainMessage(pattern: string): ((values: Readonly<Record<string, string>>) => string) | null {
  // An apostrophe may quote ICU syntax, and tags are rich text: leave both to ICU.
  if (/['<>]/.test(pattern)) return null;
  const parts = pattern.split(/\{([A-Za-z_]\w*)\}/);
  for (let i = 0; i < parts.length; i += 2) if (/[{}]/.test(parts[i]!)) return null;
  return (values) => {
    let text = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const value = values[parts[i]!];
      if (value === undefined) throw new Error(`No value for {${parts[i]}} in "${pattern}"`);
      text += value + parts[i + 1]!;
    }
    return text;
  };
}
