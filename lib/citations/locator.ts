import type { Locale } from "../validations/common";

// Source locators are written in English ("Appendix 1, row 57", "§5.2 (also §7)", "Appendix 2.5, A/70/174
// (norms para 13)"). They are translated here by phrase and by pattern rather than stored three times,
// so that a curator writes one locator and every locale reads its own words.

type Phrases = Record<"ja" | "fr", string>;

/** Free-text parts of the locators in the seed data, longest first so that a longer phrase wins. */
const PHRASES: [string, Phrases][] = (
  [
    [
      "JICA news (ja; en/fr versions for the opening speakers)",
      {
        ja: "JICAニュース(日本語版。開会の登壇者は英語版・仏語版も)",
        fr: "article de la JICA (version japonaise ; versions anglaise et française pour les orateurs d'ouverture)",
      },
    ],
    [
      "(cyber capacity building for the Viet Nam People's Army)",
      { ja: "(ベトナム人民軍へのサイバー能力構築支援)", fr: "(renforcement des cybercapacités de l'Armée populaire du Viet Nam)" },
    ],
    [
      "(JAIF 2.0 ASEAN-Japan Cybersecurity Cooperation Hub)",
      { ja: "(JAIF 2.0 日ASEANサイバーセキュリティ協力ハブ)", fr: "(JAIF 2.0, plateforme ASEAN-Japon de coopération en cybersécurité)" },
    ],
    [
      "(ARF workshop co-hosted with Malaysia, July 2015)",
      { ja: "(マレーシアと共催したARFワークショップ、2015年7月)", fr: "(atelier de l'ARF coorganisé avec la Malaisie, juillet 2015)" },
    ],
    [
      "Three pillars, 2: promoting confidence-building measures",
      { ja: "三本柱 2 信頼醸成措置の推進", fr: "trois piliers, 2 : promotion des mesures de confiance" },
    ],
    ["Three pillars, 3: capacity building", { ja: "三本柱 3 能力構築支援", fr: "trois piliers, 3 : renforcement des capacités" }],
    ["Introduction (MOFA's cyber diplomacy)", { ja: "導入部(外務省のサイバー外交)", fr: "introduction (la cyberdiplomatie du ministère)" }],
    ["letter of transmittal and annex", { ja: "送付状及び附属書", fr: "lettre de transmission et annexe" }],
    ["breakout session and notes", { ja: "分科会及び注", fr: "session thématique et notes" }],
    ["Photo caption and introduction", { ja: "写真の説明及び導入部", fr: "légende de la photo et introduction" }],
    ["(survey mission to Viet Nam)", { ja: "(ベトナムへの調査団)", fr: "(mission d'étude au Viet Nam)" }],
    ["matching session and note", { ja: "マッチングセッション及び注", fr: "session de mise en relation et note" }],
    ["letter of transmittal", { ja: "送付状", fr: "lettre de transmission" }],
    ["list of abbreviations", { ja: "略語一覧", fr: "liste des abréviations" }],
    ["List of abbreviations", { ja: "略語一覧", fr: "liste des abréviations" }],
    ["overview (organiser)", { ja: "概要(主催者)", fr: "présentation (organisateur)" }],
    ["matching session", { ja: "マッチングセッション", fr: "session de mise en relation" }],
    ["JICA news (ja)", { ja: "JICAニュース(日本語版)", fr: "article de la JICA (version japonaise)" }],
  ] as [string, Phrases][]
).sort((a, b) => b[0].length - a[0].length);

const NBSP = "\u00a0";
const NNBSP = "\u202f";

const PATTERNS: Record<"ja" | "fr", [RegExp, string | ((...groups: string[]) => string)][]> = {
  ja: [
    [/, §/g, "、§"],
    [/Appendix (\d+(?:\.\d+)?)/g, "付属資料$1"],
    [/rows ([\d, -]+)/g, (_, list: string) => `第${list.replace(/-/g, "〜").replace(/, /g, "・")}行`],
    [/row (\d+)/g, "第$1行"],
    [/table (\d+)/g, "表$1"],
    [/\(also ([^)]+)\)/g, "($1も参照)"],
    [/§(\d+(?:\.\d+)*)/g, "第$1節"],
    [/note (\d+)/g, "注$1"],
    [/\(norms para (\d+)\)/g, "(規範 第$1項)"],
    [/paras (\d+)-(\d+)/g, "第$1〜$2項"],
    [/\((A\/[^,]+), /g, "($1、"],
    [/\], \[/g, "]・["],
    [/ \[/g, "["],
    [/; /g, "、"],
    [/, /g, " "],
    [/ \(/g, "("],
  ],
  fr: [
    [/Appendix (\d+(?:\.\d+)?)/g, "annexe $1"],
    [/rows (\d+)-(\d+)/g, "lignes $1 à $2"],
    [/rows ([\d, -]+)/g, (_, list: string) => `lignes ${list.replace(/(\d+)-(\d+)/g, "$1 à $2")}`],
    [/row (\d+)/g, "ligne $1"],
    [/table (\d+)/g, "tableau $1"],
    [/\(also ([^)]+)\)/g, "(voir aussi $1)"],
    [/§(\d)/g, `§${NBSP}$1`],
    [/\(norms para (\d+)\)/g, `(normes, §${NBSP}$1)`],
    [/paras (\d+)-(\d+)/g, `§${NBSP}$1 à $2`],
    [/ ?; /g, `${NNBSP}; `],
    [/ : /g, `${NBSP}: `],
  ],
};

/**
 * A locator in the reader's language. Returns the English text (with `lang: "en"`) when some part is not
 * known, so that a page never shows half-translated wording.
 */
export function translateLocator(locator: string, locale: Locale): { text: string; lang: Locale } {
  if (locale === "en") return { text: locator, lang: "en" };
  let text = locator;
  for (const [phrase, translations] of PHRASES) text = text.split(phrase).join(translations[locale]);
  for (const [pattern, replacement] of PATTERNS[locale]) text = text.replace(pattern, replacement as string);
  if (!understood(locator)) return { text: locator, lang: "en" };
  return { text, lang: locale };
}

/** Every word of the locator is a known phrase, a known pattern, a UN symbol or an acronym. */
function understood(locator: string): boolean {
  let rest = locator;
  for (const [phrase] of PHRASES) rest = rest.split(phrase).join(" ");
  rest = rest
    .replace(/A\/(?:RES\/)?\d+\/\d+/g, " ")
    .replace(/\b(?:Appendix|rows?|table|also|note|norms para|paras?)\b/g, " ")
    .replace(/\b[A-Z][A-Z0-9./-]+\b/g, " ");
  return !/[A-Za-z]{2,}/.test(rest);
}
