import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { CatalogueIndex, deriveInitiative, type InitiativeRows } from "./catalogue-index";
import { buildReferenceData, type ReferenceData } from "./reference-data";

type Db = Pick<
  PrismaClient,
  | "country"
  | "group"
  | "groupMember"
  | "organisation"
  | "theme"
  | "targetGroup"
  | "sourceDocument"
  | "initiative"
  | "initiativeText"
  | "initiativeCountry"
  | "initiativeGroup"
  | "initiativeOrganisation"
  | "initiativeTheme"
  | "initiativeTargetGroup"
>;

const nameSelect = { nameJa: true, nameEn: true, nameFr: true } as const;

export async function loadReferenceData(db: Db): Promise<ReferenceData> {
  const [countries, groups, members, organisations, themes, targets, sources] = await Promise.all([
    db.country.findMany({ select: { code: true, m49: true, regionSlug: true, ...nameSelect } }),
    db.group.findMany({ select: { id: true, slug: true, kind: true, scope: true, parentSlug: true, acronym: true, ...nameSelect } }),
    db.groupMember.findMany({ select: { groupId: true, countryCode: true } }),
    db.organisation.findMany({ select: { id: true, slug: true, acronym: true, countryCode: true, ...nameSelect } }),
    db.theme.findMany({ select: { id: true, slug: true, parentSlug: true, gfceCode: true, position: true, ...nameSelect } }),
    db.targetGroup.findMany({ select: { id: true, slug: true, position: true, ...nameSelect } }),
    db.sourceDocument.findMany({ select: { id: true, date: true } }),
  ]);
  return buildReferenceData({ countries, groups, members, organisations, themes, targets, sources });
}

/** Reads the rows of some initiatives (all of them when `ids` is undefined) with every link the index needs. */
export async function loadInitiativeRows(db: Db, ids?: number[]): Promise<InitiativeRows[]> {
  const byInitiative = ids ? { initiativeId: { in: ids } } : {};
  const [initiatives, names, countries, groups, organisations, themes, targets] = await Promise.all([
    db.initiative.findMany({
      where: ids ? { id: { in: ids } } : {},
      select: {
        id: true,
        slug: true,
        status: true,
        originalLocale: true,
        startYear: true,
        endYear: true,
        ongoing: true,
        sourceDocumentId: true,
        updatedAt: true,
      },
    }),
    db.initiativeText.findMany({ where: byInitiative, select: { initiativeId: true, locale: true, name: true } }),
    db.initiativeCountry.findMany({ where: byInitiative, select: { initiativeId: true, countryCode: true } }),
    db.initiativeGroup.findMany({ where: byInitiative, select: { initiativeId: true, groupId: true } }),
    db.initiativeOrganisation.findMany({
      where: byInitiative,
      select: { initiativeId: true, organisationId: true, column: true, funding: true, iatiRole: true },
    }),
    db.initiativeTheme.findMany({ where: byInitiative, select: { initiativeId: true, themeId: true } }),
    db.initiativeTargetGroup.findMany({ where: byInitiative, select: { initiativeId: true, targetGroupId: true } }),
  ]);
  const rows = new Map<number, InitiativeRows>(
    initiatives.map((i) => [i.id, { ...i, names: [], countries: [], groups: [], organisations: [], themes: [], targets: [] }]),
  );
  for (const n of names) rows.get(n.initiativeId)?.names.push({ locale: n.locale, name: n.name });
  for (const c of countries) rows.get(c.initiativeId)?.countries.push(c.countryCode);
  for (const g of groups) rows.get(g.initiativeId)?.groups.push(g.groupId);
  for (const o of organisations) rows.get(o.initiativeId)?.organisations.push(o);
  for (const t of themes) rows.get(t.initiativeId)?.themes.push(t.themeId);
  for (const t of targets) rows.get(t.initiativeId)?.targets.push(t.targetGroupId);
  return [...rows.values()];
}

/** Initiatives read per query while building: the rows of the whole catalogue at once would need far more memory than the index. */
const BUILD_BATCH = 500;

export async function buildIndex(db: Db): Promise<CatalogueIndex> {
  const reference = await loadReferenceData(db);
  const index = new CatalogueIndex(reference);
  const ids = (await db.initiative.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((row) => row.id);
  for (let start = 0; start < ids.length; start += BUILD_BATCH)
    for (const rows of await loadInitiativeRows(db, ids.slice(start, start + BUILD_BATCH))) index.upsert(deriveInitiative(rows, reference));
  index.compact();
  return index;
}

/** Brings some initiatives up to date in an existing index (deleted ones leave it), all at once for readers. */
export async function refreshInitiatives(db: Db, index: CatalogueIndex, ids: number[]) {
  const loaded: InitiativeRows[] = [];
  for (let start = 0; start < ids.length; start += 500) loaded.push(...(await loadInitiativeRows(db, ids.slice(start, start + 500))));
  const found = new Set(loaded.map((r) => r.id));
  for (const id of ids) if (!found.has(id)) index.remove(id);
  for (const row of loaded) index.upsert(deriveInitiative(row, index.reference));
}
