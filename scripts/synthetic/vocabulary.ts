// The real vocabulary the synthetic catalogue is composed from: names, texts and link frequencies
// mined from the curated seed (prisma/seed-data), so searches hit the same words at scale.
import type { SeedData } from "../../lib/seed/load-seed-data";
import { countryName } from "../../lib/seed/country-names";
import { LOCALES, type Locale } from "../../lib/validations/common";
import { byFrequency } from "./random";

export type Localized = Partial<Record<Locale, string>>;
export type Names = Record<Locale, string>;

const TEXT_FIELDS = ["summary", "objectives", "activities", "outcomes"] as const;

/** Kinds of action, to name initiatives the way the seed does ("… training for Viet Nam"). */
export const KINDS: Names[] = [
  { ja: "研修", en: "training", fr: "Formation" },
  { ja: "プログラム", en: "programme", fr: "Programme" },
  { ja: "プロジェクト", en: "project", fr: "Projet" },
  { ja: "ワークショップ", en: "workshop", fr: "Atelier" },
  { ja: "対話", en: "dialogue", fr: "Dialogue" },
  { ja: "技術協力", en: "technical cooperation", fr: "Coopération technique" },
  { ja: "能力構築支援", en: "capacity building", fr: "Renforcement des capacités" },
];

export function buildVocabulary(data: SeedData) {
  const initiatives = data.initiatives;
  const countries = data.countries.map((c) => c.code);
  const groupNames = new Map<string, Names>([...data.regions.map((r) => [r.slug, r.name] as const), ...data.groups.map((g) => [g.slug, g.name] as const)]);
  const links = initiatives.flatMap((i) => i.organisations);
  const orgSlugs = data.organisations.map((o) => o.slug);
  return {
    /** Whole fields of the seed texts, per field, with all their locales kept together. */
    texts: Object.fromEntries(TEXT_FIELDS.map((field) => [field, initiatives.map((i) => i[field]).filter((t): t is Localized => Boolean(t))])) as Record<
      (typeof TEXT_FIELDS)[number],
      Localized[]
    >,
    seedNames: initiatives.map((i) => i.name as Localized),
    donors: byFrequency(
      orgSlugs,
      links.filter((l) => l.column === "donor").map((l) => l.org),
    ),
    partners: byFrequency(
      orgSlugs,
      links.filter((l) => l.column === "partner").map((l) => l.org),
    ),
    orgNames: new Map(data.organisations.map((o) => [o.slug, o.name as Names])),
    countries: byFrequency(
      countries,
      initiatives.flatMap((i) => i.recipientCountries),
    ),
    countryNames: new Map(countries.map((code) => [code, Object.fromEntries(LOCALES.map((l) => [l, countryName(code, l)])) as Names])),
    groups: byFrequency(
      [...groupNames.keys()],
      initiatives.flatMap((i) => i.recipientGroups),
    ),
    groupNames,
    themes: byFrequency(
      data.themes.map((t) => t.slug),
      initiatives.flatMap((i) => i.themes),
    ),
    themeNames: new Map(data.themes.map((t) => [t.slug, t.name as Names])),
    targetGroups: byFrequency(
      data.targetGroups.map((t) => t.slug),
      initiatives.flatMap((i) => i.targetGroups),
    ),
    targetGroupNames: new Map(data.targetGroups.map((t) => [t.slug, t.name as Names])),
    years: byFrequency(
      Array.from({ length: 2026 - 1995 + 1 }, (_, k) => 2026 - k),
      initiatives.flatMap((i) => (i.period.startYear ? [i.period.startYear] : [])),
    ),
    source: data.sources[0].slug,
  };
}

export type Vocabulary = ReturnType<typeof buildVocabulary>;
