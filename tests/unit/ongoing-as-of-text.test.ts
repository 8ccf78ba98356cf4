import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";
import ja from "../../messages/ja.json";
import { ongoingAsOf } from "../../lib/initiative-status";
import { yearMonth } from "../../components/ui/period-text";

const MESSAGES = { ja, en, fr };

describe("'ongoing as of <source date>' in three locales", () => {
  it.each([
    ["ja", "2015以降、2018年3月時点で継続中(出典の日付)", "2018年3月時点で継続中(出典の日付)。その後の状況は不明"],
    ["en", "Since 2015, ongoing as of March 2018 (source date)", "Ongoing as of March 2018 (source date); status since then unknown"],
    ["fr", "Depuis 2015, en cours en mars 2018 (date de la source)", "En cours en mars 2018 (date de la source) ; situation ultérieure inconnue"],
  ] as const)("%s", (locale, period, status) => {
    const format = createFormatter({ locale });
    const asOf = ongoingAsOf("2018-03");
    const when = yearMonth(format, asOf.year, asOf.month);
    const t = createTranslator({ locale, messages: MESSAGES[locale] });
    expect(t("Period.sinceAsOf", { start: "2015", asOf: when })).toBe(period);
    expect(t("Initiative.statusValue.ongoing-as-of", { asOf: when })).toBe(status);
  });
});
