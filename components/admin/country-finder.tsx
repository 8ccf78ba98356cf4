"use client";

import { useTranslations } from "next-intl";
import type { ChangeEvent } from "react";
import { inputClass, labelClass } from "./form-styles";

type Props = { targetId: string; countries: { code: string; name: string }[] };

/**
 * Searches countries by name and adds the chosen ISO code to the recipient-country field. Without
 * JavaScript the suggestions still show each country's code, to type into that field.
 */
export function CountryFinder({ targetId, countries }: Props) {
  const t = useTranslations("AdminForm");
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const code = event.target.value.trim().toUpperCase();
    if (!countries.some((country) => country.code === code)) return;
    const target = document.getElementById(targetId) as HTMLInputElement | null;
    if (!target) return;
    const codes = target.value.split(/[\s,]+/).filter(Boolean);
    if (!codes.includes(code)) target.value = [...codes, code].join(", ");
    event.target.value = "";
  };
  return (
    <div className="mt-3">
      <label className={labelClass} htmlFor="country-finder">{t("fields.countryFinder")}</label>
      <p id="country-finder-hint" className="text-sm text-slate-700">{t("hints.countryFinder")}</p>
      <input id="country-finder" type="search" list="country-options" autoComplete="off" aria-describedby="country-finder-hint" onChange={onChange} className={inputClass} />
      <datalist id="country-options">
        {countries.map((country) => <option key={country.code} value={country.code}>{country.name}</option>)}
      </datalist>
    </div>
  );
}
