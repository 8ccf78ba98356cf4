import { getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { TextLink } from "@/components/ui/text-link";

/** The UN GGE sessions in which the country had an expert. */
export async function CountryGge({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  return (
    <section className="mt-8" aria-labelledby="gge">
      <h2 id="gge" className="text-2xl font-semibold">
        {t("ggeHeading")}
      </h2>
      {country.gge.length ? (
        <ul className="mt-3 list-disc space-y-1 pl-5" data-testid="gge-list">
          {country.gge.map((session) => (
            <li key={session.slug}>
              {t("ggeSession", { number: session.number, start: String(session.startYear), end: String(session.endYear) })}
              {session.chair ? <span className="ml-2 font-semibold">{t("ggeChair")}</span> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-slate-700">{t("noGge")}</p>
      )}
      <p className="mt-2">
        <TextLink href="/gge">{t("ggeLink")}</TextLink>
      </p>
    </section>
  );
}
