import "server-only";
import { cache } from "react";
import { currentIndex } from "../search/index-store";

/**
 * When the published dataset last changed: the latest update of a published initiative (null when there
 * is none). Read from the catalogue index (kept per state of the index), once per request: every page's
 * footer asks, some pages twice.
 */
export const datasetLastUpdated = cache(async function datasetLastUpdated(): Promise<Date | null> {
  return (await currentIndex()).lastUpdated();
});
