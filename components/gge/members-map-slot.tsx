/**
 * SLOT for the shared world map (components/charts/world-map.tsx, built on the countries branch):
 * the lead wires it in here after merging, highlighting `codes`. Until then the grouped member list
 * next to it carries the same information, so this renders nothing.
 */
export function MembersMapSlot({ codes }: { sessionSlug: string; codes: string[] }) {
  void codes;
  return null;
}
