import { getTranslations } from "next-intl/server";
import type { OrganisationLink } from "@/lib/db/initiative-detail";
import { catalogueHref } from "@/lib/catalogue-query";
import { TextLink } from "@/components/ui/text-link";

/** Organisations of one source column, each linking to the catalogue filtered by it, with funding and IATI role. */
export async function OrganisationList({ links, column }: { links: OrganisationLink[]; column: "donor" | "partner" }) {
  const t = await getTranslations("Initiative");
  return (
    <ul className="space-y-1">
      {links.map((link) => (
        <li key={link.slug}>
          <TextLink href={catalogueHref({ [column]: link.slug })}>
            {link.name}
            {link.acronym && !link.name.includes(link.acronym) ? ` (${link.acronym})` : ""}
          </TextLink>
          {link.funding ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950">{t("funding")}</span> : null}
          {link.iatiRole ? <span className="ml-2 text-xs text-slate-700">{t("iatiRole", { role: t(`iati.${link.iatiRole as 1 | 2 | 3 | 4}`) })}</span> : null}
        </li>
      ))}
    </ul>
  );
}
