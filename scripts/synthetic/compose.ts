// Composes one synthetic initiative from the real vocabulary: Zipf-distributed links, periods from
// 1995 to 2026 (some unknown, some ongoing), texts in one to three languages. Deterministic per PRNG.
import { initiativeInputSchema, type InitiativeInput } from "../../lib/validations/initiative";
import { LOCALES, type Locale } from "../../lib/validations/common";
import { distinct, pick, weighted, zipf, type Random } from "./random";
import { KINDS, type Localized, type Names, type Vocabulary } from "./vocabulary";

const LANGUAGE_SETS: (readonly [string, number])[] = [
  ["ja,en,fr", 62],
  ["en", 14],
  ["ja", 9],
  ["fr", 5],
  ["ja,en", 6],
  ["en,fr", 4],
];

const joinList = (locale: Locale, items: string[]) => items.join(locale === "ja" ? "、" : ", ");

export function makeComposer(vocab: Vocabulary) {
  const donor = zipf(vocab.donors, 1.05);
  const partner = zipf(vocab.partners, 1.0);
  const country = zipf(vocab.countries, 1.0);
  const group = zipf(vocab.groups, 1.2);
  const theme = zipf(vocab.themes, 0.9);
  const target = zipf(vocab.targetGroups, 0.9);
  const year = zipf(vocab.years, 0.6);
  const fields = Object.fromEntries(Object.entries(vocab.texts).map(([field, texts]) => [field, zipf(texts, 0.5)])) as Record<
    keyof Vocabulary["texts"],
    (r: Random) => Localized
  >;
  const seedName = zipf(vocab.seedNames, 0.4);

  return function compose(n: number, random: Random): InitiativeInput {
    const locales = weighted(LANGUAGE_SETS, random).split(",") as Locale[];
    const only = (value: Partial<Names> | Localized | null): Localized | null => {
      if (!value) return null;
      const out: Localized = {};
      for (const locale of locales) if (value[locale]) out[locale] = value[locale];
      return Object.keys(out).length ? out : null;
    };

    const donors = distinct(
      donor,
      random,
      weighted(
        [
          [1, 80],
          [2, 15],
          [3, 5],
        ],
        random,
      ),
    );
    const partners = distinct(
      partner,
      random,
      weighted(
        [
          [0, 30],
          [1, 30],
          [2, 20],
          [3, 12],
          [5, 8],
        ],
        random,
      ),
    ).filter((slug) => !donors.includes(slug));
    const countries = distinct(
      country,
      random,
      weighted(
        [
          [0, 22],
          [1, 43],
          [2, 15],
          [3, 10],
          [5, 6],
          [9, 4],
        ],
        random,
      ),
    );
    let groups = distinct(
      group,
      random,
      weighted(
        [
          [0, 60],
          [1, 32],
          [2, 8],
        ],
        random,
      ),
    );
    if (countries.length === 0 && groups.length === 0) groups = [group(random)];
    const themes = distinct(
      theme,
      random,
      weighted(
        [
          [1, 40],
          [2, 35],
          [3, 18],
          [4, 7],
        ],
        random,
      ),
    );
    const targets = distinct(
      target,
      random,
      weighted(
        [
          [0, 25],
          [1, 35],
          [2, 25],
          [3, 15],
        ],
        random,
      ),
    );

    const known = random() >= 0.07;
    const startYear = known ? year(random) : null;
    const ongoing = startYear !== null ? random() < 0.15 && startYear >= 2012 : random() < 0.3;
    const endYear =
      startYear !== null && !ongoing
        ? Math.min(
            2030,
            startYear +
              weighted(
                [
                  [0, 20],
                  [1, 25],
                  [2, 20],
                  [3, 15],
                  [4, 10],
                  [5, 10],
                ],
                random,
              ),
          )
        : null;
    const startMonth = startYear !== null && random() < 0.5 ? 1 + Math.floor(random() * 12) : null;

    const places: Names[] = [...countries.map((c) => vocab.countryNames.get(c)!), ...groups.map((g) => vocab.groupNames.get(g)!)];
    const place = places[0];
    const themeNames = themes.map((t) => vocab.themeNames.get(t)!);
    const kind = pick(KINDS, random);
    const named = random() < 0.35 ? seedName(random) : null;
    const when = startYear === null ? "" : String(startYear);
    const name: Localized = {
      ja: named?.ja ? `${named.ja}(${place.ja}${when ? `、${when}年` : ""})` : `${place.ja}向け${themeNames[0].ja}${kind.ja}`,
      en: named?.en ? `${named.en} (${place.en}${when ? `, ${when}` : ""})` : `${themeNames[0].en} ${kind.en} for ${place.en}`,
      fr: named?.fr ? `${named.fr} (${place.fr}${when ? `, ${when}` : ""})` : `${kind.fr} « ${themeNames[0].fr} » pour ${place.fr}`,
    };
    const donorNames = donors.map((d) => vocab.orgNames.get(d)!);
    const lead: Localized = {
      ja: `${joinList(
        "ja",
        donorNames.map((d) => d.ja),
      )}が${joinList(
        "ja",
        places.map((p) => p.ja),
      )}を対象に実施する${themeNames.map((t) => t.ja).join("・")}の取組。`,
      en: `${joinList(
        "en",
        donorNames.map((d) => d.en),
      )} support for ${joinList(
        "en",
        places.map((p) => p.en),
      )} on ${themeNames.map((t) => t.en.toLowerCase()).join(" and ")}.`,
      fr: `Appui de ${joinList(
        "fr",
        donorNames.map((d) => d.fr),
      )} à ${joinList(
        "fr",
        places.map((p) => p.fr),
      )} en matière de ${themeNames.map((t) => t.fr.toLowerCase()).join(" et ")}.`,
    };
    const summarySource = fields.summary(random);
    const summary: Localized = Object.fromEntries(LOCALES.map((l) => [l, [lead[l], summarySource[l]].filter(Boolean).join(" ")]));
    const list = (names: Names[]): Localized | null =>
      names.length
        ? Object.fromEntries(
            LOCALES.map((l) => [
              l,
              joinList(
                l,
                names.map((x) => x[l]),
              ),
            ]),
          )
        : null;

    const raw = {
      slug: `synthetic-${String(n).padStart(6, "0")}`,
      appendixRow: null,
      originalLocale: locales[0],
      status: "published",
      name: only(name),
      summary: only(summary),
      objectives: only(fields.objectives(random)),
      activities: random() < 0.85 ? only(fields.activities(random)) : null,
      outcomes: random() < 0.6 ? only(fields.outcomes(random)) : null,
      organisations: [
        ...donors.map((org) => ({ org, column: "donor", funding: random() < 0.7, iatiRole: random() < 0.6 ? 1 : null })),
        ...partners.map((org) => ({ org, column: "partner", funding: false, iatiRole: random() < 0.5 ? 4 : null })),
      ],
      recipientCountries: countries,
      recipientGroups: groups,
      recipientText: only(list(places)),
      themes,
      themeText: only(list(themeNames)),
      targetGroups: targets,
      targetGroupText: only(list(targets.map((t) => vocab.targetGroupNames.get(t)!))),
      period: { startYear, startMonth, endYear, endMonth: null, ongoing, text: null },
      source: { document: vocab.source, locator: `Synthetic record ${n}` },
    };
    return initiativeInputSchema.parse(raw);
  };
}
