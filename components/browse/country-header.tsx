import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { TextLink, TextAnchor } from "@/components/ui/text-link";

export async function CountryHeader({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  const format = await getFormatter();
  const direct = country.direct.total;
  const withGroups = direct + country.viaGroups.total;
  const stats = [
    { key: "direct", value: direct, href: "#direct" },
    { key: "viaGroups", value: country.viaGroups.total, href: "#via-groups" },
    { key: "global", value: country.global.total, href: "#global" },
    { key: "asDonor", value: country.asDonor.total, href: "#as-donor" },
  ] as const;
  return (
    <header>
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/countries">{t("allCountries")}</TextLink>
        {country.continent ? (
          <span className="text-slate-700">
            {" "}
            › {country.continent.name}
            {country.region && country.region.slug !== country.continent.slug ? ` › ${country.region.name}` : ""}
          </span>
        ) : null}
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{country.name}</h1>
      <dl className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map((stat) => (
          <div key={stat.key} className="rounded border border-slate-300 p-3">
            <dt className="text-sm text-slate-700">{t(`stat.${stat.key}`)}</dt>
            <dd className="text-2xl font-bold">
              <TextAnchor href={stat.href} data-testid={`stat-${stat.key}`}>
                {format.number(stat.value)}
              </TextAnchor>
            </dd>
          </div>
        ))}
      </dl>
      {direct || withGroups ? (
        <ul className="mt-4 space-y-1">
          {direct ? (
            <li>
              <TextLink className="font-semibold" href={catalogueHref({ country: country.code })} data-testid="catalogue-link" data-count={direct}>
                {t("catalogueLink", { count: direct, formatted: format.number(direct), country: country.name })}
              </TextLink>
            </li>
          ) : null}
          {country.viaGroups.total ? (
            <li>
              <TextLink href={catalogueHref({ country: country.code, reach: "group" })} data-testid="catalogue-link-group" data-count={withGroups}>
                {t("catalogueLinkGroups", { count: withGroups, formatted: format.number(withGroups) })}
              </TextLink>
            </li>
          ) : null}
        </ul>
      ) : null}
    </header>
  );
}
