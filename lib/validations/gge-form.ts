import type { z } from "zod";
import type { FormValues } from "./admin-form";
import type { ggeDocumentSchema, ggeSessionSchema } from "./reference";

// The admin forms for GGE sessions and documents post flat field names ("summary.ja", "keyPoints.2.topic");
// these turn them into the raw shape the seed's Zod schemas validate, and records back into form values.

export type GgeSessionInput = z.infer<typeof ggeSessionSchema>;
export type GgeDocumentInput = z.infer<typeof ggeDocumentSchema>;

/** Blank key-point rows offered after the existing ones (the form works without JavaScript). */
export const BLANK_KEY_POINTS = 3;

const str = (values: FormValues, key: string) => String(values[key] ?? "").trim();
const orNull = (value: string) => (value === "" ? null : value);
const int = (value: string) => (/^-?\d+$/.test(value) ? Number(value) : value === "" ? undefined : value);
const texts = (values: FormValues, prefix: string) => ({ ja: str(values, `${prefix}.ja`), en: str(values, `${prefix}.en`), fr: str(values, `${prefix}.fr`) });
const anyText = (t: { ja: string; en: string; fr: string }) => Boolean(t.ja || t.en || t.fr);

function source(values: FormValues) {
  const line = int(str(values, "source.line"));
  return { document: str(values, "source.document"), locator: str(values, "source.locator"), ...(line === undefined ? {} : { line }) };
}

export function sessionValuesToRaw(values: FormValues) {
  const chairName = texts(values, "chair.name");
  return {
    slug: str(values, "slug"),
    number: int(str(values, "number")),
    startYear: int(str(values, "startYear")),
    endYear: int(str(values, "endYear")),
    mandate: orNull(str(values, "mandate")),
    chair: { name: anyText(chairName) ? chairName : null, country: orNull(str(values, "chair.country").toUpperCase()) },
    members: str(values, "members")
      .split(/[\s,;]+/)
      .filter(Boolean),
    outcome: str(values, "outcome"),
    summary: texts(values, "summary"),
    source: source(values),
  };
}

export function documentValuesToRaw(values: FormValues) {
  const rows = Object.keys(values)
    .map((key) => /^keyPoints\.(\d+)\./.exec(key)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  const count = rows.length ? Math.min(Math.max(...rows) + 1, 200) : 0;
  const keyPoints = Array.from({ length: count }, (_, i) => ({
    topic: str(values, `keyPoints.${i}.topic`),
    paragraphs: orNull(str(values, `keyPoints.${i}.paragraphs`)),
    text: texts(values, `keyPoints.${i}.text`),
  })).filter((point) => point.paragraphs !== null || anyText(point.text));
  return {
    slug: str(values, "slug"),
    symbol: str(values, "symbol"),
    kind: str(values, "kind"),
    date: str(values, "date"),
    session: orNull(str(values, "session")),
    title: texts(values, "title"),
    summary: texts(values, "summary"),
    url: orNull(str(values, "url")),
    keyPoints,
    source: source(values),
  };
}

function sourceValues(citation: { document: string; locator: string; line?: number }): FormValues {
  return { "source.document": citation.document, "source.locator": citation.locator, "source.line": citation.line ? String(citation.line) : "" };
}

export function sessionToValues(session: GgeSessionInput): FormValues {
  return {
    slug: session.slug,
    number: String(session.number),
    startYear: String(session.startYear),
    endYear: String(session.endYear),
    mandate: session.mandate ?? "",
    "chair.name.ja": session.chair.name?.ja ?? "",
    "chair.name.en": session.chair.name?.en ?? "",
    "chair.name.fr": session.chair.name?.fr ?? "",
    "chair.country": session.chair.country ?? "",
    members: session.members.join(", "),
    outcome: session.outcome,
    "summary.ja": session.summary.ja,
    "summary.en": session.summary.en,
    "summary.fr": session.summary.fr,
    ...sourceValues(session.source),
  };
}

export function documentToValues(doc: GgeDocumentInput): FormValues {
  const values: FormValues = {
    slug: doc.slug,
    symbol: doc.symbol,
    kind: doc.kind,
    date: doc.date,
    session: doc.session ?? "",
    "title.ja": doc.title.ja,
    "title.en": doc.title.en,
    "title.fr": doc.title.fr,
    "summary.ja": doc.summary.ja,
    "summary.en": doc.summary.en,
    "summary.fr": doc.summary.fr,
    url: doc.url ?? "",
    ...sourceValues(doc.source),
  };
  doc.keyPoints.forEach((point, i) => {
    values[`keyPoints.${i}.topic`] = point.topic;
    values[`keyPoints.${i}.paragraphs`] = point.paragraphs ?? "";
    for (const locale of ["ja", "en", "fr"] as const) values[`keyPoints.${i}.text.${locale}`] = point.text[locale];
  });
  return values;
}
