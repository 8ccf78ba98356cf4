import "server-only";
import { prisma } from "./client";
import { currentIndex } from "../search/index-store";
import { publishedCounts } from "../search/browse";

/** Headline numbers for the home page, over published initiatives; countries are those named as recipients. */
export async function getHeadlineStats() {
  const index = await currentIndex();
  const donors = publishedCounts(index, ["donor"]);
  const organisations = new Set([...donors.keys(), ...publishedCounts(index, ["partner"]).keys()]);
  return {
    initiatives: index.published.size(),
    organisations: organisations.size,
    countries: publishedCounts(index, ["country"]).size,
    donors: donors.size,
    ggeDocuments: await prisma.ggeDocument.count(),
  };
}
