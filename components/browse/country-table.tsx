import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { CountryCount } from "@/lib/db/countries";
import { catalogueHref } from "@/lib/catalogue-query";
import { localizeHref, type LocalizedHref } from "@/lib/i18n/localize-href";
import type { Locale } from "@/lib/i18n/locales";
import { xmlEscape } from "@/lib/open-data/xml";
import { defaultCountryDirection } from "@/lib/browse/arrange-countries";
import type { CountryListQuery } from "@/lib/validations/browse";
import { SortHeader } from "./sort-header";

/** The countries of one region with their counts; each number leads to the initiatives behind it. */
export async function CountryTable({ id, heading, countries, query }: { id: string; heading: string; countries: CountryCount[]; query: CountryListQuery }) {
  const t = await getTranslations("Countries");
  const format = await getFormatter();
  const sort = query.sort ?? "name";
  const sortProps = (column: NonNullable<CountryListQuery["sort"]>) => ({
    pathname: "/countries" as const,
    query: { q: query.q },
    column,
    current: sort,
    direction: query.dir ?? defaultCountryDirection(sort),
    defaultDirection: defaultCountryDirection(column),
    align: column === "name" ? ("left" as const) : ("right" as const),
  });
  const locale = (await getLocale()) as Locale;
  // Single-quoted attributes: the markup travels as a JSON string in the RSC payload, where each " costs an escape.
  const link = (href: LocalizedHref, content: string, testId?: string) =>
    `<a href='${xmlEscape(localizeHref(href, locale))}'${testId ? ` data-testid='${testId}'` : ""}>${content}</a>`;
  const linkedCount = (count: number, hidden: string, href: LocalizedHref, testId: string) =>
    count ? link(href, `${xmlEscape(format.number(count))}<span class='sr-only'> ${xmlEscape(hidden)}</span>`, testId) : "0";
  const row = (country: CountryCount) =>
    `<tr data-code='${xmlEscape(country.code)}'>` +
    `<th scope='row' class='text-left font-normal'>${link(`/countries/${country.code}`, xmlEscape(country.name))}</th>` +
    `<td>${linkedCount(country.reached, t("receivedLink", { count: country.reached, country: country.name }), catalogueHref({ country: country.code }), "received-link")}</td>` +
    `<td>${xmlEscape(format.number(country.direct))}</td>` +
    `<td>${xmlEscape(format.number(country.viaGroups))}</td>` +
    `<td>${linkedCount(country.asDonor, t("asDonorLink", { count: country.asDonor, country: country.name }), { pathname: `/countries/${country.code}`, hash: "as-donor" }, "as-donor-link")}</td>` +
    "</tr>";
  return (
    // Laid out only when scrolled near (content-visibility): a phone's first layout skips the long tables
    // below the map; the size they are expected to take (rows of about 1.8rem) keeps the scrollbar honest.
    <section className="mt-6 [content-visibility:auto]" style={{ containIntrinsicSize: `auto ${4 + countries.length * 1.8}rem` }} aria-labelledby={id}>
      <h3 id={id} className="text-xl font-semibold">
        {heading}
      </h3>
      <div className="relative overflow-x-auto" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="mt-2 w-full border-collapse text-sm [&_a]:text-brand-700 [&_a]:underline [&_td]:border-b [&_td]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_th]:border-b [&_th]:border-slate-200 [&_th]:px-2 [&_th]:py-1">
          <thead>
            <tr className="text-left">
              <SortHeader {...sortProps("name")}>{t("country")}</SortHeader>
              <SortHeader {...sortProps("count")}>{t("received")}</SortHeader>
              <SortHeader {...sortProps("direct")}>{t("direct")}</SortHeader>
              <SortHeader {...sortProps("via")}>{t("viaGroups")}</SortHeader>
              <SortHeader {...sortProps("donor")}>{t("asDonor")}</SortHeader>
            </tr>
          </thead>
          {/* The rows as markup that React leaves alone: hundreds of cells and links that need no hydration,
              sent once as a string instead of an element tree in the RSC payload (issue 13). */}
          <tbody dangerouslySetInnerHTML={{ __html: countries.map(row).join("") }} />
        </table>
      </div>
    </section>
  );
}
