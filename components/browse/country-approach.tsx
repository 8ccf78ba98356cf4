import { getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";

/** The thesis's capacity-building approach (typology) that describes this country, where there is one. */
export async function CountryApproach({ country }: { country: CountryDetail }) {
  if (!country.approaches.length) return null;
  const t = await getTranslations("Country");
  return (
    <section className="mt-8 rounded border border-slate-300 bg-slate-50 p-4" aria-labelledby="approach">
      <h2 id="approach" className="text-xl font-semibold">
        {t("approachHeading")}
      </h2>
      {country.approaches.map((approach) => (
        <div key={approach.slug} className="mt-2">
          <p className="font-medium" data-testid="approach-name">
            {approach.name}
          </p>
          <p className="mt-1">{approach.description}</p>
          <p className="mt-1 text-sm text-slate-700">{t("approachSource", { source: approach.source, locator: approach.locator })}</p>
        </div>
      ))}
    </section>
  );
}
