import "server-only";
import { toSearchParams } from "../catalogue-query";
import { getTranslations } from "next-intl/server";
import { loadOpenDataRecords } from "../db/open-data-records";
import { env } from "../env";
import { atomFeed, initiativeEntry } from "../open-data/atom";
import type { Locale } from "../validations/common";
import { publicResponse } from "./public-response";

export const FEED_SIZE = 50;
export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

type FeedRequest = {
  request: Request;
  locale: Locale;
  /** The entries, newest first (lib/db/matching-ids.ts: latestInitiativeIds). */
  ids: number[];
  query: Record<string, string | string[]>;
  kind: "search" | "whatsNew";
  q?: string;
};

/** The newest published initiatives (added or updated) among a search's matches, or site-wide, as Atom. */
export async function feedResponse({ request, locale, ids, query, kind, q }: FeedRequest) {
  const [records, t, layout] = await Promise.all([
    loadOpenDataRecords(ids),
    getTranslations({ locale, namespace: "OpenData" }),
    getTranslations({ locale, namespace: "Layout" }),
  ]);
  const site = layout("siteName");
  const search = toSearchParams(query);
  const selfQuery = toSearchParams({ ...query, locale });
  const title = kind === "whatsNew" ? t("feedWhatsNewTitle", { site }) : q ? t("feedQueryTitle", { site, q }) : t("feedSearchTitle", { site });
  const xml = atomFeed({
    id: kind === "whatsNew" ? `${env.SITE_URL}/api/v1/feed` : `${env.SITE_URL}/api/v1/initiatives/feed${search.size ? `?${search}` : ""}`,
    title,
    subtitle: t("feedSubtitle"),
    lang: locale,
    selfUrl: kind === "whatsNew" ? `${env.SITE_URL}/api/v1/feed?locale=${locale}` : `${env.SITE_URL}/api/v1/initiatives/feed?${selfQuery}`,
    alternateUrl: kind === "whatsNew" ? `${env.SITE_URL}/${locale}` : `${env.SITE_URL}/${locale}/initiatives${search.size ? `?${search}` : ""}`,
    author: site,
    updated: records[0]?.updatedAt ?? new Date(0),
    entries: records.map((record) => initiativeEntry(record, locale, env.SITE_URL)),
  });
  return publicResponse(request, xml, { "Content-Type": ATOM_CONTENT_TYPE, "Content-Language": locale });
}
