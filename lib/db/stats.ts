import "server-only";
import { prisma } from "./client";
import { INITIATIVE_COUNTRY_SQL } from "./search-sql";

/** Headline numbers for the home page, counted in SQL over published initiatives. */
export async function getHeadlineStats() {
  const [row] = (await prisma.$queryRawUnsafe(`
    SELECT
      (SELECT COUNT(*) FROM "Initiative" WHERE status = 'published') AS initiatives,
      (SELECT COUNT(DISTINCT io.organisationId) FROM "InitiativeOrganisation" io JOIN "Initiative" i ON i.id = io.initiativeId WHERE i.status = 'published') AS organisations,
      (SELECT COUNT(DISTINCT x.countryCode) FROM (${INITIATIVE_COUNTRY_SQL}) x JOIN "Initiative" i ON i.id = x.initiativeId WHERE i.status = 'published') AS countries,
      (SELECT COUNT(DISTINCT io.organisationId) FROM "InitiativeOrganisation" io JOIN "Initiative" i ON i.id = io.initiativeId WHERE i.status = 'published' AND io."column" = 'donor') AS donors,
      (SELECT COUNT(*) FROM "GgeDocument") AS ggeDocuments
  `)) as Record<string, unknown>[];
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, Number(value)])) as {
    initiatives: number;
    organisations: number;
    countries: number;
    donors: number;
    ggeDocuments: number;
  };
}
