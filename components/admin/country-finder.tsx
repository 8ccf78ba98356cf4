"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { matchCountries, type CountrySearchEntry } from "@/lib/search/country-match";
import { inputClass, labelClass, secondaryButtonClass } from "./form-styles";

type Props = { targetId: string; countries: CountrySearchEntry[] };

const MAX_SHOWN = 8;
const subscribeNothing = () => () => {};

/**
 * Searches countries by any of their names in ja/en/fr and their aliases (Vietnam, Ivory Coast, USA,
 * トルコ) and adds the chosen ISO code to the recipient-country field. Without JavaScript a datalist
 * still shows each country's code, to type into that field.
 */
export function CountryFinder({ targetId, countries }: Props) {
  const t = useTranslations("AdminForm");
  const locale = useLocale();
  const input = useRef<HTMLInputElement>(null);
  // True once hydrated (false in the server render): the buttons need JavaScript.
  const enhanced = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [query, setQuery] = useState("");
  const [added, setAdded] = useState("");
  const byCode = useMemo(() => new Map(countries.map((country) => [country.code, country])), [countries]);
  const matches = useMemo(() => (query.trim() ? matchCountries(countries, query, locale) : []), [countries, query, locale]);

  const add = (code: string) => {
    const target = document.getElementById(targetId) as HTMLInputElement | null;
    if (!target) return;
    const codes = target.value.split(/[\s,]+/).filter(Boolean);
    if (!codes.includes(code)) target.value = [...codes, code].join(", ");
    setQuery("");
    setAdded(byCode.get(code)?.name ?? code);
    input.current?.focus();
  };
  // Enter adds the best match instead of submitting the whole form.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== "Enter" || !query.trim()) return;
    event.preventDefault();
    if (matches[0]) add(matches[0]);
  };

  return (
    <div className="mt-3">
      <label className={labelClass} htmlFor="country-finder">
        {t("fields.countryFinder")}
      </label>
      <p id="country-finder-hint" className="text-sm text-slate-700">
        {t("hints.countryFinder")}
      </p>
      <input
        ref={input}
        id="country-finder"
        type="search"
        list={enhanced ? undefined : "country-options"}
        autoComplete="off"
        aria-describedby="country-finder-hint"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setAdded("");
        }}
        onKeyDown={onKeyDown}
        className={inputClass}
      />
      {!enhanced && (
        <datalist id="country-options">
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </datalist>
      )}
      <p role="status" className="mt-1 text-sm text-slate-700">
        {query.trim() ? t("finder.matches", { count: matches.length }) : added ? t("finder.added", { name: added }) : ""}
      </p>
      {matches.length > 0 && (
        <ul id="country-finder-results" className="mt-1 flex flex-wrap gap-2">
          {matches.slice(0, MAX_SHOWN).map((code) => (
            <li key={code}>
              <button type="button" className={secondaryButtonClass} data-code={code} onClick={() => add(code)}>
                {t("finder.add", { name: byCode.get(code)?.name ?? code, code })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
