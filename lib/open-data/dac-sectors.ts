/**
 * OECD DAC 5-digit purpose codes (IATI sector vocabulary 1) implied by a theme; documented in
 * lib/open-data/README.md. A theme without an entry takes its parent's; themes whose purpose the
 * DAC list does not cover (cyber defence, diplomacy, data protection, e-commerce trust) get none.
 */
export const DAC_SECTOR_OF_THEME: Record<string, { code: string; name: string }> = {
  "policy-strategy": { code: "22010", name: "Communications policy, planning and administration" },
  "national-strategy": { code: "22010", name: "Communications policy, planning and administration" },
  "internet-governance": { code: "22010", name: "Communications policy, planning and administration" },
  "e-governance": { code: "22040", name: "Information and communication technology (ICT)" },
  "incident-management": { code: "22040", name: "Information and communication technology (ICT)" },
  cybercrime: { code: "15130", name: "Legal and judicial development" },
  "education-training": { code: "11430", name: "Advanced technical and managerial training" },
  "research-development": { code: "43082", name: "Research/scientific institutions" },
  standards: { code: "22040", name: "Information and communication technology (ICT)" },
};

/** Themes that must not inherit their parent's code. */
const NO_SECTOR = new Set(["cyber-diplomacy", "data-protection", "cyber-defence", "online-trust", "awareness"]);

export function dacSectorOf(theme: { slug: string; parent: string | null }) {
  if (DAC_SECTOR_OF_THEME[theme.slug]) return DAC_SECTOR_OF_THEME[theme.slug];
  if (NO_SECTOR.has(theme.slug) || !theme.parent) return null;
  return DAC_SECTOR_OF_THEME[theme.parent] ?? null;
}
