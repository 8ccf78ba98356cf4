/**
 * Country names people use beyond the ISO names of `i18n-iso-countries` (which aliases.ts adds, in
 * ja/en/fr with its alternative English names). Former names, short forms, the UN's forms and the
 * Japanese government's usual names. `alias`: the name identifies the country and may be searched for
 * in texts. `lookup`: the name identifies the country when typed, but is too ambiguous to look for
 * in texts ("America" is inside "Latin America", "Korea" inside "North Korea", "Congo" is two countries).
 */
export type CuratedCountry = { alias?: string[]; lookup?: string[] };

export const CURATED_COUNTRY_ALIASES: Record<string, CuratedCountry> = {
  VN: { alias: ["Viet Nam", "Vietnam", "Viêt Nam", "Việt Nam", "ベトナム", "ヴェトナム", "越南"] },
  TR: { alias: ["Türkiye", "Turkiye", "Turkey", "Turquie", "トルコ", "テュルキエ"] },
  CI: { alias: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast", "Côte-d'Ivoire", "コートジボワール", "コートジボアール"] },
  US: {
    alias: ["United States", "United States of America", "USA", "U.S.A.", "U.S.", "US", "États-Unis", "États-Unis d'Amérique", "米国", "アメリカ", "アメリカ合衆国"],
    lookup: ["America", "Amérique"],
  },
  GB: {
    alias: ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland", "Royaume-Uni", "Grande-Bretagne", "英国", "イギリス", "連合王国"],
  },
  KR: {
    alias: ["Republic of Korea", "South Korea", "ROK", "République de Corée", "Corée du Sud", "韓国", "大韓民国"],
    lookup: ["Korea", "Corée", "コリア"],
  },
  KP: { alias: ["North Korea", "DPRK", "DPR Korea", "Democratic People's Republic of Korea", "Corée du Nord", "République populaire démocratique de Corée", "RPDC", "北朝鮮", "朝鮮民主主義人民共和国"] },
  RU: { alias: ["Russia", "Russian Federation", "Russie", "Fédération de Russie", "ロシア", "ロシア連邦"] },
  IR: { alias: ["Iran", "Islamic Republic of Iran", "Iran (Islamic Republic of)", "République islamique d'Iran", "イラン", "イラン・イスラム共和国"] },
  LA: { alias: ["Laos", "Lao PDR", "Lao People's Democratic Republic", "RDP lao", "République démocratique populaire lao", "ラオス", "ラオス人民民主共和国"] },
  SY: { alias: ["Syria", "Syrian Arab Republic", "Syrie", "République arabe syrienne", "シリア", "シリア・アラブ共和国"] },
  MD: { alias: ["Moldova", "Republic of Moldova", "Moldavie", "République de Moldova", "モルドバ", "モルドヴァ", "モルドバ共和国"] },
  CZ: { alias: ["Czechia", "Czech Republic", "Tchéquie", "République tchèque", "チェコ", "チェコ共和国"] },
  SZ: { alias: ["Eswatini", "Swaziland", "Kingdom of Eswatini", "Royaume d'Eswatini", "エスワティニ", "スワジランド"] },
  MK: {
    alias: ["North Macedonia", "Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM", "Macédoine du Nord", "Macédoine", "北マケドニア", "マケドニア", "マケドニア旧ユーゴスラビア共和国"],
  },
  MM: { alias: ["Myanmar", "Burma", "Birmanie", "ミャンマー", "ビルマ"] },
  CV: { alias: ["Cabo Verde", "Cape Verde", "Cap-Vert", "カーボベルデ", "カボベルデ"] },
  TL: { alias: ["Timor-Leste", "East Timor", "Timor oriental", "東ティモール", "ティモール・レステ"] },
  BO: { alias: ["Bolivia", "Plurinational State of Bolivia", "Bolivie", "ボリビア", "ボリビア多民族国"] },
  VE: { alias: ["Venezuela", "Bolivarian Republic of Venezuela", "ベネズエラ"] },
  TZ: { alias: ["Tanzania", "United Republic of Tanzania", "Tanzanie", "タンザニア"] },
  FM: { alias: ["Micronesia", "Federated States of Micronesia", "Micronésie", "ミクロネシア", "ミクロネシア連邦"] },
  VA: { alias: ["Holy See", "Vatican", "Vatican City", "Saint-Siège", "バチカン", "ローマ教皇庁", "聖座"] },
  PS: { alias: ["Palestine", "State of Palestine", "État de Palestine", "パレスチナ"] },
  BN: { alias: ["Brunei", "Brunei Darussalam", "Brunéi", "Brunéi Darussalam", "ブルネイ", "ブルネイ・ダルサラーム"] },
  CD: { alias: ["Democratic Republic of the Congo", "DR Congo", "DRC", "RDC", "République démocratique du Congo", "コンゴ民主共和国"], lookup: ["Congo", "コンゴ"] },
  CG: { alias: ["Republic of the Congo", "République du Congo", "Congo-Brazzaville", "コンゴ共和国"], lookup: ["Congo", "コンゴ"] },
  CN: { alias: ["China", "People's Republic of China", "Chine", "République populaire de Chine", "中国", "中華人民共和国"] },
  TW: { alias: ["Taiwan", "Chinese Taipei", "Taïwan", "Taipei chinois", "台湾", "チャイニーズ・タイペイ"] },
  HK: { alias: ["Hong Kong", "Hong Kong, China", "香港"] },
  MO: { alias: ["Macao", "Macau", "マカオ"] },
  NL: { alias: ["Netherlands", "The Netherlands", "Holland", "Pays-Bas", "Hollande", "オランダ"] },
  AE: { alias: ["United Arab Emirates", "UAE", "Émirats arabes unis", "EAU", "アラブ首長国連邦"] },
  GM: { alias: ["The Gambia", "Gambia", "Gambie", "ガンビア"] },
  KG: { alias: ["Kyrgyzstan", "Kyrgyz Republic", "Kirghizistan", "キルギス", "キルギスタン"] },
  SK: { alias: ["Slovakia", "Slovak Republic", "Slovaquie", "スロバキア", "スロヴァキア"] },
  GE: { alias: ["Georgia", "Géorgie", "ジョージア", "グルジア"] },
  BY: { alias: ["Belarus", "Biélorussie", "Bélarus", "ベラルーシ"] },
  JP: { alias: ["Japan", "Japon", "日本", "日本国"] },
  DE: { alias: ["Germany", "Allemagne", "ドイツ"] },
};
