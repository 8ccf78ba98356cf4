import { z } from "zod";
import { countryCodeSchema, localeSchema, slugSchema } from "./common";
import { plainText } from "./text";

export const SEARCH_SORTS = ["relevance", "name", "newest", "oldest"] as const;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const MAX_FILTER_VALUES = 30;

const year = z.coerce
  .number({ message: "year.invalid" })
  .int({ message: "year.invalid" })
  .min(1900, { message: "year.range" })
  .max(2100, { message: "year.range" });
const emptyToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
/** A repeatable filter: one value or several (`country=VN&country=LA` means either). */
const anyOf = <T extends z.ZodType<string>>(item: T) =>
  z
    .preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item).max(MAX_FILTER_VALUES, { message: "filter.tooMany" }))
    .transform((values) => [...new Set(values)])
    .optional();

/** How far a country filter reaches: named directly, also through a named group, also global programmes. */
export const REACH_TIERS = ["direct", "group", "all"] as const;
export type Reach = (typeof REACH_TIERS)[number];

/** The catalogue's filters, shared by the page (query string), the API and the client enhancement. */
export const initiativeSearchSchema = z
  .object({
    q: plainText("query.controlCharacters").trim().max(MAX_QUERY_LENGTH, { message: "query.tooLong" }).optional(),
    country: anyOf(countryCodeSchema),
    reach: z.enum(REACH_TIERS, { message: "reach.invalid" }).optional(),
    region: anyOf(slugSchema),
    donor: anyOf(slugSchema),
    partner: anyOf(slugSchema),
    funder: anyOf(slugSchema),
    /** Donors and funding partners based in these countries (government bodies, agencies, companies). */
    donorCountry: anyOf(countryCodeSchema),
    theme: anyOf(slugSchema),
    target: anyOf(slugSchema),
    from: year.optional(),
    to: year.optional(),
    /** Exactly this start year (the home page's "by start year" chart drills down with it). */
    started: year.optional(),
    sort: z.enum(SEARCH_SORTS, { message: "sort.invalid" }).optional(),
    page: z.coerce
      .number({ message: "page.invalid" })
      .int({ message: "page.invalid" })
      .min(1, { message: "page.invalid" })
      .max(100000, { message: "page.invalid" })
      .default(1),
    pageSize: z.coerce
      .number({ message: "pageSize.invalid" })
      .int({ message: "pageSize.invalid" })
      .min(1, { message: "pageSize.invalid" })
      .max(MAX_PAGE_SIZE, { message: "pageSize.invalid" })
      .default(20),
    locale: localeSchema.default("en"),
  })
  .superRefine((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && value.to < value.from)
      ctx.addIssue({ code: "custom", path: ["to"], message: "period.endBeforeStart" });
  });

export type InitiativeSearch = z.infer<typeof initiativeSearchSchema>;
/** Filters that may repeat; every other parameter keeps its first value. */
export const MULTI_VALUE_KEYS = ["country", "region", "donor", "partner", "funder", "donorCountry", "theme", "target"] as const;
export type MultiValueKey = (typeof MULTI_VALUE_KEYS)[number];
export const SEARCH_KEYS = ["q", ...MULTI_VALUE_KEYS, "reach", "from", "to", "started", "sort", "page", "pageSize", "locale"] as const;

const isMultiValue = (key: string): key is MultiValueKey => (MULTI_VALUE_KEYS as readonly string[]).includes(key);

/** Turns URLSearchParams-like input into a plain object: repeatable filters as arrays, others as their first value. */
export function searchParamsToObject(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const out: Record<string, unknown> = {};
  for (const key of SEARCH_KEYS) {
    const raw = params instanceof URLSearchParams ? params.getAll(key) : params[key];
    const values = (Array.isArray(raw) ? raw : [raw]).map(emptyToUndefined).filter((value): value is string => typeof value === "string");
    if (!values.length) continue;
    out[key] = isMultiValue(key) ? values : values[0];
  }
  return out;
}

/**
 * Parses leniently for pages: every invalid parameter is dropped (and reported) instead of failing,
 * so a mistyped link still shows a useful catalogue.
 */
export function parseSearchLeniently(input: Record<string, unknown>) {
  const ignored: { key: string; message: string }[] = [];
  const attempt = { ...input };
  for (let tries = 0; tries < SEARCH_KEYS.length + 1; tries++) {
    const result = initiativeSearchSchema.safeParse(attempt);
    if (result.success) return { search: result.data, ignored };
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? "");
      if (key in attempt) {
        ignored.push({ key, message: issue.message });
        delete attempt[key];
      }
    }
  }
  return { search: initiativeSearchSchema.parse({ locale: input.locale ?? "en" }), ignored };
}
