/** Splits a GGE document's source locator ("Appendix 2.5, A/70/174 (norms para 13)") into parts that each language words its own way. */
export function parseAppendixLocator(locator: string): { appendix: string; symbol: string; para: string } | null {
  const match = locator.match(/^Appendix ([\d.]+), (\S+)(?: \(norms para (\d+)\))?$/);
  if (!match) return null;
  return { appendix: match[1], symbol: match[2], para: match[3] ?? "none" };
}
