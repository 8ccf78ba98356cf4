import { getFormatter, getTranslations } from "next-intl/server";
import type { CountryDetail } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { InitiativeRefList } from "./initiative-ref-list";
import { TEXT_LINK_CLASS, TextLink } from "@/components/ui/text-link";

/** Initiatives aimed at the country itself, then those that reach it through a region or group. */
export async function CountryRecipients({ country }: { country: CountryDetail }) {
  const t = await getTranslations("Country");
  const format = await getFormatter();
  const direct = country.direct.total;
  // The catalogue's reach tiers include the narrower ones, so each "see all" link names its own total.
  const withGroups = direct + country.viaGroups.total;
  const withGlobal = withGroups + country.global.total;
  return (
    <>
      <section className="mt-8" aria-labelledby="direct">
        <h2 id="direct" className="text-2xl font-semibold">
          {t("directHeading", { count: direct })}
        </h2>
        {direct ? (
          <InitiativeRefList
            list={country.direct}
            testId="direct-list"
            more={{
              href: catalogueHref({ country: country.code }),
              label: t("catalogueLink", { count: direct, formatted: format.number(direct), country: country.name }),
            }}
          />
        ) : (
          <p className="mt-2 text-slate-700">{t("noneDirect")}</p>
        )}
      </section>
      <section className="mt-8" aria-labelledby="via-groups">
        <h2 id="via-groups" className="text-2xl font-semibold">
          {t("viaHeading", { count: country.viaGroups.total })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("viaIntro")}</p>
        {country.viaGroups.total ? (
          <InitiativeRefList
            list={country.viaGroups}
            testId="via-list"
            more={{
              href: catalogueHref({ country: country.code, reach: "group" }),
              label: t("catalogueLinkGroups", { count: withGroups, formatted: format.number(withGroups) }),
            }}
            extra={(ref) => (
              <>
                {t("via")}{" "}
                {ref.via.map((group, index) => (
                  <span key={group.slug}>
                    {index ? t("separator") : ""}
                    <TextLink href={catalogueHref({ region: group.slug })}>{group.name}</TextLink>
                  </span>
                ))}
              </>
            )}
          />
        ) : (
          <p className="mt-2 text-slate-700">{t("noneVia")}</p>
        )}
      </section>
      <section className="mt-8" aria-labelledby="global">
        <h2 id="global" className="text-2xl font-semibold">
          {t("globalHeading", { count: country.global.total })}
        </h2>
        <p className="mt-1 text-sm text-slate-700">{t("globalIntro")}</p>
        {country.global.total ? (
          <details className="mt-2">
            <summary className={`cursor-pointer ${TEXT_LINK_CLASS}`}>{t("globalShow", { count: country.global.total })}</summary>
            <InitiativeRefList
              list={country.global}
              testId="global-list"
              more={{
                href: catalogueHref({ country: country.code, reach: "all" }),
                label: t("catalogueLinkGlobal", { count: withGlobal, formatted: format.number(withGlobal) }),
              }}
              extra={(ref) => (
                <>
                  {t("via")} {ref.via.map((group) => group.name).join(t("separator"))}
                </>
              )}
            />
          </details>
        ) : (
          <p className="mt-2 text-slate-700">{t("noneGlobal")}</p>
        )}
      </section>
    </>
  );
}
