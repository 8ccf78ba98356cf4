import { getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { TextLink } from "@/components/ui/text-link";
import { ChartSection } from "@/components/ui/chart-section";

/** The UN GGE sessions in which the country had an expert. */
export async function CountryGge({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  return (
    <ChartSection
      id="gge"
      heading={t("ggeHeading")}
      isEmpty={!country.gge.length}
      empty={t("noGge")}
      footer={
        <p className="mt-2">
          <TextLink href="/gge">{t("ggeLink")}</TextLink>
        </p>
      }
    >
      <ul className="list-disc space-y-1 pl-5" data-testid="gge-list">
        {country.gge.map((session) => (
          <li key={session.slug}>
            {t("ggeSession", { number: session.number, start: String(session.startYear), end: String(session.endYear) })}
            {session.chair ? <span className="ml-2 font-semibold">{t("ggeChair")}</span> : null}
          </li>
        ))}
      </ul>
    </ChartSection>
  );
}
