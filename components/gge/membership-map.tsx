import { getTranslations } from "next-intl/server";
import type { GgeSessionItem } from "@/lib/db/gge";
import { WorldMap, type MapValue } from "@/components/charts/world-map";
import { countryPath } from "./country-link";

/** Where the GGE members came from: each country shaded by the number of sessions it sat in. */
export async function MembershipMap({ sessions }: { sessions: GgeSessionItem[] }) {
  const t = await getTranslations("Gge");
  const byCode = new Map<string, MapValue>();
  for (const session of sessions)
    for (const member of session.members) {
      const entry = byCode.get(member.code) ?? { code: member.code, m49: member.m49, name: member.name, value: 0, href: countryPath(member.code) };
      entry.value += 1;
      byCode.set(member.code, entry);
    }
  return (
    <WorldMap
      id="gge-membership-map"
      title={t("membershipMapTitle")}
      description={t("membershipMapDescription", { countries: byCode.size, sessions: sessions.length })}
      values={[...byCode.values()]}
      valueLabel={t("membershipMapValue")}
      labelHeader={t("membershipMapCountry")}
      unit="sessions"
    />
  );
}
