import "server-only";
import { currentIndex } from "../search/index-store";

/** When the published dataset last changed: the latest update of a published initiative (null when there is none). */
export async function datasetLastUpdated(): Promise<Date | null> {
  return (await currentIndex()).lastUpdated();
}
