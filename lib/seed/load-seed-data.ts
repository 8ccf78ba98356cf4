import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { fullLocalizedNameSchema, slugSchema } from "../validations/common";
import { initiativeInputSchema, type InitiativeInput } from "../validations/initiative";
import { organisationInputSchema, type OrganisationInput } from "../validations/organisation";
import { eventSchema, ggeDocumentSchema, ggeSessionSchema, GROUP_SCOPES, groupSchema, typologySchema } from "../validations/reference";

export const SEED_DATA_DIR = path.join(process.cwd(), "prisma", "seed-data");

const themeSchema = z.object({
  slug: slugSchema,
  parent: slugSchema.nullable(),
  gfceCode: z.string().nullable(),
  name: fullLocalizedNameSchema,
});
const targetGroupSchema = z.object({ slug: slugSchema, name: fullLocalizedNameSchema });
const regionSchema = z.object({
  m49: z.string().regex(/^\d{3}$/),
  slug: slugSchema,
  parent: z.string().nullable(),
  scope: z.enum(GROUP_SCOPES).default("group"),
  name: fullLocalizedNameSchema,
});
const countrySchema = z.object({ code: z.string().length(2), m49: z.string(), region: z.string().optional() });
const sourceSchema = z.object({
  slug: slugSchema,
  kind: z.string(),
  author: z.string().nullable(),
  citeAs: fullLocalizedNameSchema,
  publisher: fullLocalizedNameSchema,
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  language: z.enum(["ja", "en", "fr"]),
  availableLanguages: z.array(z.enum(["ja", "en", "fr"])).optional(),
  url: z.string().url().nullable(),
  title: fullLocalizedNameSchema,
  contribution: z.object({ ja: z.string(), en: z.string(), fr: z.string() }),
});

export type SeedData = ReturnType<typeof loadSeedData>["data"];

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function readDirJson(dir: string): { file: string; rows: unknown[] }[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({ file: path.join(dir, name), rows: readJson(path.join(dir, name)) as unknown[] }));
}

/** Reads every curated file, validates it and checks cross-references. Never throws on bad data: returns errors. */
export function loadSeedData(dir = SEED_DATA_DIR) {
  const errors: string[] = [];
  function parseAll<T extends z.ZodType>(schema: T, rows: unknown[], where: string): z.infer<T>[] {
    const out: z.infer<T>[] = [];
    rows.forEach((row, index) => {
      const result = schema.safeParse(row);
      const label = (row as { slug?: string })?.slug ?? `#${index}`;
      if (result.success) out.push(result.data);
      else for (const issue of result.error.issues) errors.push(`${where} ${label}: ${issue.path.join(".")} ${issue.message}`);
    });
    return out;
  }
  const fromDir = <T extends z.ZodType>(schema: T, sub: string) =>
    readDirJson(path.join(dir, sub)).flatMap(({ file, rows }) => parseAll(schema, rows, path.relative(dir, file)));
  const fromFile = <T extends z.ZodType>(schema: T, name: string) => {
    const file = path.join(dir, name);
    return fs.existsSync(file) ? parseAll(schema, readJson(file) as unknown[], name) : [];
  };

  const data = {
    themes: fromFile(themeSchema, "themes.json"),
    targetGroups: fromFile(targetGroupSchema, "target-groups.json"),
    regions: fromFile(regionSchema, "regions.json"),
    countries: fromFile(countrySchema, "countries.json"),
    sources: fromFile(sourceSchema, "sources.json"),
    groups: fromDir(groupSchema, "groups"),
    organisations: fromDir(organisationInputSchema, "organisations") as OrganisationInput[],
    initiatives: fromDir(initiativeInputSchema, "initiatives") as InitiativeInput[],
    ggeSessions: fromFile(ggeSessionSchema, "reference/gge-sessions.json"),
    ggeDocuments: fromFile(ggeDocumentSchema, "reference/gge-documents.json"),
    typology: fromFile(typologySchema, "reference/typology.json"),
    events: fromFile(eventSchema, "reference/events.json"),
  };

  const unique = (kind: string, slugs: string[]) => {
    const seen = new Set<string>();
    for (const slug of slugs) {
      if (seen.has(slug)) errors.push(`duplicate ${kind} slug: ${slug}`);
      seen.add(slug);
    }
    return seen;
  };
  const themeSlugs = unique(
    "theme",
    data.themes.map((t) => t.slug),
  );
  const targetSlugs = unique(
    "target group",
    data.targetGroups.map((t) => t.slug),
  );
  const groupSlugs = unique("group/region", [...data.regions.map((r) => r.slug), ...data.groups.map((g) => g.slug)]);
  const orgSlugs = unique(
    "organisation",
    data.organisations.map((o) => o.slug),
  );
  const initiativeSlugs = unique(
    "initiative",
    data.initiatives.map((i) => i.slug),
  );
  const sourceSlugs = unique(
    "source",
    data.sources.map((s) => s.slug),
  );
  const typologySlugs = unique(
    "typology",
    data.typology.map((t) => t.slug),
  );
  const sessionSlugs = unique(
    "gge session",
    data.ggeSessions.map((s) => s.slug),
  );
  unique(
    "gge document",
    data.ggeDocuments.map((d) => d.slug),
  );
  unique(
    "event",
    data.events.map((e) => e.slug),
  );

  const check = (ok: boolean, message: string) => {
    if (!ok) errors.push(message);
  };
  const rows = new Set<number>();
  for (const initiative of data.initiatives) {
    const where = `initiative ${initiative.slug}`;
    if (initiative.appendixRow !== null) {
      check(!rows.has(initiative.appendixRow), `${where}: appendix row ${initiative.appendixRow} used twice`);
      rows.add(initiative.appendixRow);
    }
    for (const link of initiative.organisations) check(orgSlugs.has(link.org), `${where}: unknown organisation ${link.org}`);
    for (const slug of initiative.themes) check(themeSlugs.has(slug), `${where}: unknown theme ${slug}`);
    for (const slug of initiative.targetGroups) check(targetSlugs.has(slug), `${where}: unknown target group ${slug}`);
    for (const slug of initiative.recipientGroups) check(groupSlugs.has(slug), `${where}: unknown group ${slug}`);
    check(sourceSlugs.has(initiative.source.document), `${where}: unknown source ${initiative.source.document}`);
  }
  for (const org of data.organisations) {
    check(sourceSlugs.has(org.source.document), `organisation ${org.slug}: unknown source ${org.source.document}`);
    if (org.approach) check(typologySlugs.has(org.approach), `organisation ${org.slug}: unknown approach ${org.approach}`);
  }
  for (const theme of data.themes) if (theme.parent) check(themeSlugs.has(theme.parent), `theme ${theme.slug}: unknown parent ${theme.parent}`);
  for (const type of data.typology) for (const org of type.organisations) check(orgSlugs.has(org), `typology ${type.slug}: unknown organisation ${org}`);
  for (const event of data.events) {
    for (const link of event.organisations) check(orgSlugs.has(link.org), `event ${event.slug}: unknown organisation ${link.org}`);
    for (const slug of event.initiatives) check(initiativeSlugs.has(slug), `event ${event.slug}: unknown initiative ${slug}`);
  }
  const regionSlugs = new Set(data.regions.map((r) => r.slug));
  const listedGroups = new Set(data.groups.filter((g) => !g.intersectionOf).map((g) => g.slug));
  for (const group of data.groups)
    for (const slug of group.intersectionOf ?? [])
      check(regionSlugs.has(slug) || listedGroups.has(slug), `group ${group.slug}: intersectionOf ${slug} is neither a region nor a group with listed members`);
  for (const doc of data.ggeDocuments) if (doc.session) check(sessionSlugs.has(doc.session), `gge document ${doc.slug}: unknown session ${doc.session}`);

  return { data, errors };
}
