import { z } from "zod";
import { citationSchema, countryCodeSchema, localeSchema, localizedTextSchema, slugSchema } from "./common";

export const ORGANISATION_COLUMNS = ["donor", "partner"] as const;
/** IATI organisation roles: 1 Funding, 2 Accountable, 3 Extending, 4 Implementing. */
export const IATI_ROLES = [1, 2, 3, 4] as const;
export type IatiRole = (typeof IATI_ROLES)[number];
export const INITIATIVE_STATUSES = ["draft", "published", "archived"] as const;
/** The status form's two moves: archive, or restore to draft. Anything else is refused, never read as "restore". */
export const statusTargetSchema = z.enum(["archived", "draft"]);

export const initiativeOrganisationSchema = z.object({
  org: slugSchema,
  column: z.enum(ORGANISATION_COLUMNS),
  funding: z.boolean().default(false),
  iatiRole: z.literal(IATI_ROLES).nullable().default(null),
});

const year = z.number().int().min(1900, { message: "year.range" }).max(2100, { message: "year.range" });
const month = z.number().int().min(1, { message: "month.range" }).max(12, { message: "month.range" });

export const initiativePeriodSchema = z
  .object({
    startYear: year.nullable(),
    startMonth: month.nullable().default(null),
    endYear: year.nullable(),
    endMonth: month.nullable().default(null),
    ongoing: z.boolean().default(false),
    text: localizedTextSchema(300).nullable().default(null),
  })
  .superRefine((period, ctx) => {
    if (period.startMonth !== null && period.startYear === null) ctx.addIssue({ code: "custom", path: ["startMonth"], message: "period.monthWithoutYear" });
    if (period.endMonth !== null && period.endYear === null) ctx.addIssue({ code: "custom", path: ["endMonth"], message: "period.monthWithoutYear" });
    if (period.startYear !== null && period.endYear !== null) {
      const start = period.startYear * 12 + (period.startMonth ?? 1);
      const end = period.endYear * 12 + (period.endMonth ?? 12);
      if (end < start) ctx.addIssue({ code: "custom", path: ["endYear"], message: "period.endBeforeStart" });
    }
    if (period.ongoing && period.endYear !== null) ctx.addIssue({ code: "custom", path: ["ongoing"], message: "period.ongoingWithEnd" });
  });

/** One initiative, as the admin form, the API and the seed files all describe it. */
export const initiativeInputSchema = z
  .object({
    slug: slugSchema,
    appendixRow: z.number().int().min(1).max(999).nullable().default(null),
    originalLocale: localeSchema,
    status: z.enum(INITIATIVE_STATUSES).default("draft"),
    name: localizedTextSchema(300),
    summary: localizedTextSchema(2000).nullable().default(null),
    objectives: localizedTextSchema().nullable().default(null),
    activities: localizedTextSchema().nullable().default(null),
    outcomes: localizedTextSchema().nullable().default(null),
    organisations: z.array(initiativeOrganisationSchema).max(60),
    recipientCountries: z.array(countryCodeSchema).max(250).default([]),
    recipientGroups: z.array(slugSchema).max(40).default([]),
    recipientText: localizedTextSchema(1000).nullable().default(null),
    /** Empty only when the source states no theme: the theme wording then says so. */
    themes: z.array(slugSchema).max(30),
    themeText: localizedTextSchema(1000).nullable().default(null),
    targetGroups: z.array(slugSchema).max(20).default([]),
    targetGroupText: localizedTextSchema(1000).nullable().default(null),
    period: initiativePeriodSchema,
    source: citationSchema,
  })
  .superRefine((initiative, ctx) => {
    if (initiative.themes.length === 0 && initiative.themeText === null) ctx.addIssue({ code: "custom", path: ["themes"], message: "themes.required" });
    if (!initiative.organisations.some((link) => link.column === "donor"))
      ctx.addIssue({ code: "custom", path: ["organisations"], message: "organisations.donorRequired" });
    if (initiative.recipientCountries.length === 0 && initiative.recipientGroups.length === 0)
      ctx.addIssue({ code: "custom", path: ["recipientCountries"], message: "recipients.required" });
    const seen = new Set<string>();
    for (const [index, link] of initiative.organisations.entries()) {
      const key = `${link.org}:${link.column}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["organisations", index], message: "organisations.duplicate" });
      seen.add(key);
    }
  });

export type InitiativeInput = z.infer<typeof initiativeInputSchema>;
