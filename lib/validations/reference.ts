import { z } from "zod";
import { citationSchema, countryCodeSchema, fullLocalizedNameSchema, slugSchema } from "./common";

const fullText = z.object({
  ja: z.string().trim().min(1).max(6000),
  en: z.string().trim().min(1).max(6000),
  fr: z.string().trim().min(1).max(6000),
});

export const GROUP_SCOPES = ["global", "group"] as const;

/**
 * A group of countries. Either its members are listed, or it is derived: `intersectionOf` two groups or
 * M49 regions (e.g. Commonwealth countries in Asia), its members computed when the data is seeded.
 */
export const groupSchema = z
  .object({
    slug: slugSchema,
    kind: z.enum(["political", "economic", "regional", "other"]),
    /** "global" when the group stands for (nearly) every country: world, UN members, developing countries. */
    scope: z.enum(GROUP_SCOPES).default("group"),
    acronym: z.string().trim().max(40).nullable().default(null),
    name: fullLocalizedNameSchema,
    /** Members as of the source documents' date (2017-2018), unless the note says otherwise. */
    members: z.array(countryCodeSchema).default([]),
    intersectionOf: z.tuple([slugSchema, slugSchema]).nullable().default(null),
    membersAsOf: z.string().trim().max(40),
    note: fullText.nullable().default(null),
  })
  .refine((g) => (g.intersectionOf === null) !== (g.members.length === 0), {
    message: "list members or give intersectionOf, not both",
    path: ["members"],
  });

export const GGE_TOPICS = ["threats", "norms", "international-law", "confidence-building", "capacity-building", "other"] as const;
export type GgeTopic = (typeof GGE_TOPICS)[number];

export const ggeDocumentSchema = z.object({
  slug: slugSchema,
  symbol: z.string().trim().min(3).max(40),
  kind: z.enum(["resolution", "report"]),
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  session: slugSchema.nullable(),
  title: fullText,
  summary: fullText,
  url: z.string().url().nullable(),
  keyPoints: z.array(z.object({ topic: z.enum(GGE_TOPICS), paragraphs: z.string().trim().max(60).nullable(), text: fullText })),
  source: citationSchema,
});

export const ggeSessionSchema = z.object({
  slug: slugSchema,
  number: z.number().int().min(1).max(9),
  startYear: z.number().int(),
  endYear: z.number().int(),
  mandate: z.string().trim().max(60).nullable(),
  chair: z.object({ name: fullText.nullable(), country: countryCodeSchema.nullable() }),
  members: z.array(countryCodeSchema),
  outcome: z.enum(["consensus-report", "no-consensus"]),
  summary: fullText,
  source: citationSchema,
});

export const typologySchema = z.object({
  slug: slugSchema,
  order: z.number().int(),
  name: fullLocalizedNameSchema,
  description: fullText,
  organisations: z.array(slugSchema).default([]),
  countries: z.array(countryCodeSchema).default([]),
  source: citationSchema,
});

export const eventSchema = z.object({
  slug: slugSchema,
  name: fullLocalizedNameSchema,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  location: fullText.nullable(),
  summary: fullText,
  organisations: z.array(z.object({ org: slugSchema, role: z.enum(["organiser", "participant"]) })),
  initiatives: z.array(slugSchema).default([]),
  source: citationSchema,
});
