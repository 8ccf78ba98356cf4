import { getTranslations } from "next-intl/server";
import type { listApproaches } from "@/lib/db/sources";
import { CountryLink } from "@/components/gge/country-link";
import { TextLink } from "@/components/ui/text-link";

type Approach = Awaited<ReturnType<typeof listApproaches>>[number];

/** The thesis's typology of capacity-building approaches, with the organisations it places in each. */
export async function ApproachList({ approaches }: { approaches: Approach[] }) {
  const t = await getTranslations("About");
  return (
    <ol className="mt-4 space-y-6">
      {approaches.map((approach) => (
        <li key={approach.slug} className="rounded border border-slate-300 p-4" data-testid={`approach-${approach.slug}`}>
          <h3 className="text-lg font-semibold">{approach.name}</h3>
          <p className="mt-2">{approach.description}</p>
          {approach.countries.length ? (
            <p className="mt-2 text-sm">
              <span className="font-medium">{t("approachCountries")}</span>{" "}
              {approach.countries.map((c, i) => (
                <span key={c.code}>
                  {i ? ", " : ""}
                  <CountryLink code={c.code} name={c.name} />
                </span>
              ))}
            </p>
          ) : null}
          {approach.organisations.length ? (
            <div className="mt-2 text-sm">
              <p className="font-medium">{t("approachOrganisations")}</p>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {approach.organisations.map((o) => (
                  <li key={o.slug}>
                    <TextLink href={`/organisations/${o.slug}`}>
                      {o.name}
                      {o.acronym && o.acronym !== o.name ? ` (${o.acronym})` : ""}
                    </TextLink>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="mt-2 text-xs text-slate-700">{t("locator", { locator: approach.locator })}</p>
        </li>
      ))}
    </ol>
  );
}
