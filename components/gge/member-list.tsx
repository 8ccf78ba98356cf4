import { getTranslations } from "next-intl/server";
import type { GgeMember } from "@/lib/db/gge";
import { CountryLink } from "./country-link";

/** Members grouped by UN M49 region, each a link to its country page. */
export async function MemberList({ members, headingLevel = 3 }: { members: GgeMember[]; headingLevel?: 3 | 4 }) {
  const t = await getTranslations("Gge");
  const groups = new Map<string, { name: string; members: GgeMember[] }>();
  for (const member of members) {
    const key = member.regionSlug ?? "none";
    const group = groups.get(key) ?? { name: member.regionName ?? t("noRegion"), members: [] };
    group.members.push(member);
    groups.set(key, group);
  }
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {[...groups.entries()].map(([key, group]) => (
        <div key={key}>
          <Heading className="text-sm font-semibold">{t("regionCount", { region: group.name, count: group.members.length })}</Heading>
          <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
            {group.members.map((member) => (
              <li key={member.code}>
                <CountryLink code={member.code} name={member.name} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
