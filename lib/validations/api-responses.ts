import { z } from "zod";
import { initiativeInputSchema } from "./initiative";
import { LOCALES } from "./common";

/**
 * Shapes of the public API's responses. The routes build their JSON through these schemas
 * (`schema.parse`) and the OpenAPI document is generated from them, so the two cannot drift.
 */
const names = z.object({ ja: z.string(), en: z.string(), fr: z.string() }).meta({ description: "A label in every locale" });
const ref = z.object({ slug: z.string(), name: z.string() });

export const facetOptionSchema = z.object({
  value: z.string(),
  label: z.string(),
  count: z.int(),
  parent: z.string().nullable().optional(),
  kind: z.string().optional(),
});

export const searchItemSchema = z.object({
  slug: z.string(),
  appendixRow: z.int().nullable(),
  name: z.string(),
  nameLocale: z.enum(LOCALES),
  summary: z.string().nullable(),
  donors: z.array(ref.extend({ acronym: z.string().nullable().optional() })),
  partners: z.array(ref.extend({ acronym: z.string().nullable().optional(), funding: z.boolean() })),
  recipients: z.array(z.union([z.object({ code: z.string(), name: z.string() }), ref.extend({ kind: z.string() })])),
  reach: z
    .enum(["direct", "group", "global"])
    .optional()
    .meta({ description: "With `country`: how the initiative reaches it: named directly, through a named group or region, or as a global programme" }),
  via: z.array(ref).optional().meta({ description: "With `country`: the groups through which the initiative reaches it (empty: directly)" }),
  themes: z.array(ref.extend({ parent: z.string().nullable() })),
  startYear: z.int().nullable(),
  endYear: z.int().nullable(),
  ongoing: z.boolean(),
  source: z.object({ document: z.string(), title: z.string(), locator: z.string() }),
});

export const searchResponseSchema = z
  .object({
    total: z.int(),
    page: z.int(),
    pageSize: z.int(),
    pageCount: z.int(),
    items: z.array(searchItemSchema),
    facets: z.object({
      country: z.array(facetOptionSchema),
      region: z.array(facetOptionSchema),
      donor: z.array(facetOptionSchema),
      partner: z.array(facetOptionSchema),
      donorCountry: z.array(facetOptionSchema),
      theme: z.array(facetOptionSchema),
      target: z.array(facetOptionSchema),
      startYear: z.array(z.object({ year: z.int(), count: z.int() })),
    }),
  })
  .meta({ id: "SearchResponse" });

const input = initiativeInputSchema.shape;
export const initiativeRecordSchema = z
  .object({
    slug: input.slug,
    appendixRow: input.appendixRow,
    originalLocale: input.originalLocale,
    status: input.status,
    name: z.partialRecord(z.enum(LOCALES), z.string()),
    summary: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    objectives: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    activities: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    outcomes: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    recipientText: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    themeText: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    targetGroupText: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    period: z.object({
      startYear: z.int().nullable(),
      startMonth: z.int().nullable(),
      endYear: z.int().nullable(),
      endMonth: z.int().nullable(),
      ongoing: z.boolean(),
      text: z.partialRecord(z.enum(LOCALES), z.string()).nullable(),
    }),
    organisations: z.array(
      z.object({
        slug: z.string(),
        acronym: z.string().nullable(),
        type: z.string(),
        country: z.string().nullable(),
        name: names,
        column: z.enum(["donor", "partner"]),
        funding: z.boolean(),
        iatiRole: z
          .object({ code: z.int().min(1).max(4), name: z.string() })
          .nullable()
          .meta({ description: "IATI OrganisationRole: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing" }),
      }),
    ),
    recipientCountries: z.array(z.object({ code: z.string().meta({ description: "ISO 3166-1 alpha-2" }), name: names })),
    recipientGroups: z.array(z.object({ slug: z.string(), kind: z.string(), name: names })),
    themes: z.array(z.object({ slug: z.string(), parent: z.string().nullable(), gfceCode: z.string().nullable(), name: names })),
    targetGroups: z.array(z.object({ slug: z.string(), name: names })),
    source: z.object({
      document: z.string(),
      locator: z.string(),
      line: z.int().optional(),
      title: names.nullable(),
      author: z.string().nullable(),
      date: z.string().nullable(),
      url: z.string().nullable(),
    }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "InitiativeRecord" });

export const errorResponseSchema = z
  .object({
    error: z.object({
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string() })),
    }),
  })
  .meta({ id: "Error" });

export type SearchResponse = z.infer<typeof searchResponseSchema>;
export type InitiativeRecordJson = z.infer<typeof initiativeRecordSchema>;

const list = z.array(z.string());
const roles = z
  .array(z.int().min(1).max(4).nullable())
  .meta({ description: "IATI OrganisationRole of each organisation, in the same order (null: not stated)" });

/** One row of the CSV, xlsx and JSON exports: labels in the chosen locale next to the codes. Key order is the column order. */
export const exportRowSchema = z
  .object({
    slug: z.string(),
    url: z.url(),
    name: z.string().nullable(),
    nameLanguage: z.enum(LOCALES),
    summary: z.string().nullable(),
    donors: list,
    donorCodes: list,
    donorIatiRoles: roles,
    partners: list,
    partnerCodes: list,
    partnerIatiRoles: roles,
    recipientCountries: list,
    recipientCountryCodes: list.meta({ description: "ISO 3166-1 alpha-2" }),
    recipientGroups: list,
    recipientGroupCodes: list,
    themes: list,
    themeCodes: list,
    targetGroups: list,
    targetGroupCodes: list,
    startYear: z.int().nullable(),
    startMonth: z.int().nullable(),
    endYear: z.int().nullable(),
    endMonth: z.int().nullable(),
    ongoing: z.boolean(),
    status: z.string(),
    statusCode: z.enum(["planned", "ongoing", "completed", "unknown"]),
    source: z.string().meta({ description: "The source document and the place in it" }),
    sourceDocument: z.string(),
    sourceLocator: z.string(),
    sourceUrl: z.string().nullable(),
    appendixRow: z.int().nullable(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ExportRow" });

export const exportJsonSchema = z
  .object({
    generatedAt: z.iso.datetime(),
    locale: z.enum(LOCALES),
    query: z.record(z.string(), z.string()),
    total: z.int(),
    items: z.array(exportRowSchema),
  })
  .meta({ id: "Export" });

export const cslJsonSchema = z
  .array(
    z.object({
      id: z.string(),
      type: z.enum(["dataset", "webpage"]),
      title: z.string(),
      author: z.array(z.object({ literal: z.string() })),
      publisher: z.string(),
      URL: z.url(),
      language: z.enum(LOCALES),
      accessed: z.object({ "date-parts": z.array(z.array(z.int())) }),
      issued: z.object({ "date-parts": z.array(z.array(z.int())) }).optional(),
      note: z.string(),
    }),
  )
  .meta({ id: "CslJson" });

export type ExportRow = z.infer<typeof exportRowSchema>;
