/**
 * Words of the field that mean the same thing, in ja/en/fr. Only true synonyms: each set names one
 * concept (a SOC is not a CSIRT; "capacity development" is not quite "capacity building"). Spelling
 * variants are listed because the text index matches substrings: "cyber crime" does not contain
 * "cybercrime". Plurals need no entry (the singular is inside the plural).
 */
export type SynonymSet = { id: string; forms: string[] };

export const SYNONYM_SETS: SynonymSet[] = [
  // CERT (a Carnegie Mellon mark), CSIRT (FIRST's and ENISA's generic term) and CIRT name the same national or
  // sectoral teams; シーサート is how Japanese practitioners say CSIRT.
  {
    id: "csirt",
    forms: [
      "CSIRT",
      "CERT",
      "CIRT",
      "computer security incident response team",
      "computer emergency response team",
      "computer incident response team",
      "シーサート",
      "équipe d'intervention en cas d'urgence informatique",
    ],
  },
  // One offence family, written in one word, two words or hyphenated; サイバー犯罪 and cybercriminalité are the standard renderings.
  { id: "cybercrime", forms: ["cybercrime", "cyber crime", "cyber-crime", "サイバー犯罪", "cybercriminalité", "cyber-criminalité"] },
  // Spelling variants of one word in each language (the Oxford centre writes "cyber security", the ITU "cybersecurity").
  {
    id: "cybersecurity",
    forms: [
      "cybersecurity",
      "cyber security",
      "cyber-security",
      "サイバーセキュリティ",
      "サイバーセキュリティー",
      "サイバー・セキュリティ",
      "cybersécurité",
      "cyber-sécurité",
    ],
  },
  // The field's own name: 能力構築 is the Japanese government's rendering, renforcement des capacités the UN's French.
  {
    id: "capacity-building",
    forms: [
      "capacity building",
      "capacity-building",
      "能力構築",
      "キャパシティ・ビルディング",
      "キャパシティビルディング",
      "renforcement des capacités",
      "renforcement de capacités",
    ],
  },
  // 重要インフラ is the term of Japan's cybersecurity strategy; infrastructures critiques the EU's French.
  {
    id: "critical-infrastructure",
    forms: ["critical infrastructure", "重要インフラ", "重要インフラストラクチャ", "infrastructure critique", "infrastructures critiques"],
  },
  // CII is a distinct, narrower concept (the information systems of critical infrastructure): its own set.
  {
    id: "critical-information-infrastructure",
    forms: ["critical information infrastructure", "重要情報インフラ", "infrastructure d'information critique", "infrastructures d'information critiques"],
  },
  // OSCE and UN GGE vocabulary; mesures de confiance is the OSCE's French.
  {
    id: "confidence-building-measures",
    forms: [
      "confidence-building measures",
      "confidence building measures",
      "confidence-building measure",
      "CBMs",
      "CBM",
      "信頼醸成措置",
      "mesures de confiance",
      "mesures de renforcement de la confiance",
    ],
  },
  {
    id: "incident-response",
    forms: ["incident response", "インシデント対応", "インシデントレスポンス", "réponse aux incidents", "réponse à incident", "intervention en cas d'incident"],
  },
  // The ITU calls its exercises "cyber drills"; the two words are used for the same activity.
  { id: "cyber-exercise", forms: ["cyber exercise", "cyber drill", "cyber-exercise", "cyber-drill", "サイバー演習", "cyberexercice", "exercice cyber"] },
  { id: "awareness-raising", forms: ["awareness raising", "awareness-raising", "普及啓発", "意識啓発", "sensibilisation"] },
  {
    id: "information-sharing",
    forms: ["information sharing", "information-sharing", "情報共有", "partage d'informations", "partage de l'information", "partage d'information"],
  },
  {
    id: "digital-forensics",
    forms: [
      "digital forensics",
      "computer forensics",
      "デジタル・フォレンジック",
      "デジタルフォレンジック",
      "criminalistique numérique",
      "investigation numérique",
    ],
  },
  {
    id: "national-cybersecurity-strategy",
    forms: [
      "national cybersecurity strategy",
      "national cyber security strategy",
      "NCSS",
      "国家サイバーセキュリティ戦略",
      "stratégie nationale de cybersécurité",
    ],
  },
  // The Council of Europe Convention on Cybercrime (ETS 185) is best known by the city where it was signed.
  {
    id: "budapest-convention",
    forms: [
      "Budapest Convention",
      "Convention on Cybercrime",
      "ブダペスト条約",
      "サイバー犯罪条約",
      "サイバー犯罪に関する条約",
      "Convention de Budapest",
      "Convention sur la cybercriminalité",
    ],
  },
  {
    id: "e-government",
    forms: ["e-government", "electronic government", "egovernment", "電子政府", "e-gouvernement", "administration électronique", "gouvernement électronique"],
  },
  {
    id: "internet-governance",
    forms: ["Internet governance", "インターネットガバナンス", "インターネット・ガバナンス", "gouvernance de l'Internet", "gouvernance d'Internet"],
  },
  { id: "law-enforcement", forms: ["law enforcement", "law-enforcement", "法執行", "forces de l'ordre", "services répressifs"] },
  {
    id: "public-private-partnership",
    forms: ["public-private partnership", "public–private partnership", "PPP", "官民連携", "官民パートナーシップ", "partenariat public-privé"],
  },
  // 個人情報保護 is how Japanese law names personal data protection.
  {
    id: "data-protection",
    forms: ["data protection", "personal data protection", "個人情報保護", "個人データ保護", "protection des données", "protection des données personnelles"],
  },
  { id: "malware", forms: ["malware", "malicious software", "マルウェア", "logiciel malveillant", "maliciel"] },
  { id: "phishing", forms: ["phishing", "フィッシング", "hameçonnage"] },
  { id: "train-the-trainer", forms: ["train-the-trainer", "train the trainer", "training of trainers", "指導者養成", "formation de formateurs"] },
  { id: "cyber-hygiene", forms: ["cyber hygiene", "cyber-hygiene", "サイバー衛生", "cyberhygiène", "hygiène informatique"] },
  { id: "ddos", forms: ["DDoS", "distributed denial of service", "distributed denial-of-service", "分散型サービス拒否", "déni de service distribué"] },
  // TIC is the French acronym for ICT (technologies de l'information et de la communication).
  {
    id: "ict",
    forms: [
      "ICT",
      "information and communication technology",
      "information and communications technology",
      "情報通信技術",
      "TIC",
      "technologies de l'information et de la communication",
    ],
  },
];
