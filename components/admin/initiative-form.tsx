"use client";
import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveInitiativeAction } from "@/lib/actions/initiatives";
import type { InitiativeFormState } from "@/lib/actions/initiative-form-state";
import type { FormOptions } from "@/lib/db/admin-options";
import { LOCALES } from "@/lib/validations/common";
import { IATI_ROLES, INITIATIVE_STATUSES } from "@/lib/validations/initiative";
import type { AdminFieldKey } from "@/lib/i18n/message-keys";
import { ORGANISATION_TYPES } from "@/lib/validations/organisation";
import type { FormValues } from "@/lib/validations/admin-form";
import { ErrorSummary } from "./error-summary";
import { FieldErrorText, errorId, errorProps, fieldId } from "./field-error";
import { ConflictPanel } from "./conflict-panel";
import { FormField } from "@/components/ui/form-field";
import { CountryFinder } from "./country-finder";
import { buttonClass, fieldsetClass, inputClass, labelClass, legendClass } from "./form-styles";

const TEXTS = [
  { field: "name", long: false },
  { field: "summary", long: true },
  { field: "objectives", long: true },
  { field: "activities", long: true },
  { field: "outcomes", long: true },
] as const;
const CONTEXT_TEXTS = ["recipientText", "themeText", "targetGroupText", "period.text"] as const;
const EXTRA_ORG_ROWS = 3;

type Props = { mode: "create" | "edit"; initialValues: FormValues; options: FormOptions };

export function InitiativeForm({ mode, initialValues, options }: Props) {
  const locale = useLocale();
  const t = useTranslations("AdminForm");
  const initial: InitiativeFormState = { status: "idle", values: initialValues, errors: {}, submission: 0 };
  const [state, action, pending] = useActionState(saveInitiativeAction, initial);
  const values = state.values;
  const v = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
  };
  const vs = (name: string) => {
    const value = values[name];
    return Array.isArray(value) ? value : value ? [value] : [];
  };
  const err = (name: string) => state.errors[name];
  const orgRowCount = Math.max(-1, ...Object.keys(values).map((k) => Number(k.match(/^organisations\.(\d+)\./)?.[1] ?? -1))) + 1 + EXTRA_ORG_ROWS;

  const text = (name: string, label: string, opts: { long?: boolean; lang?: string; hint?: string; group?: string } = {}) => {
    // An error about the whole group (e.g. "enter at least one language") also describes each of its inputs.
    const groupError = opts.group && err(opts.group)?.length ? errorId(opts.group) : undefined;
    const Tag = opts.long ? "textarea" : "input";
    return (
      <FormField name={name} label={label} errors={err(name)} hint={opts.hint}>
        {(control) => (
          <Tag
            {...control}
            aria-describedby={[control["aria-describedby"], groupError].filter(Boolean).join(" ") || undefined}
            aria-invalid={control["aria-invalid"] ?? (groupError ? true : undefined)}
            defaultValue={v(name)}
            lang={opts.lang}
            className={inputClass}
            {...(opts.long ? { rows: 4 } : {})}
          />
        )}
      </FormField>
    );
  };
  const localizedRow = (field: string, labelKey: AdminFieldKey, long: boolean) => (
    <div key={field} id={fieldId(field)} className="mt-4">
      <div className="grid gap-3 md:grid-cols-3">
        {LOCALES.map((l) => (
          <div key={l}>
            {text(`${field}.${l}`, t("inLanguage", { field: t(`fields.${labelKey}`), language: t(`languages.${l}`) }), { long, lang: l, group: field })}
          </div>
        ))}
      </div>
      <FieldErrorText name={field} errors={err(field)} />
    </div>
  );
  const checkboxes = (name: string, items: { slug: string; name: string; child?: boolean }[]) =>
    items.map((item) => (
      <label key={item.slug} className={`flex items-start gap-2 ${item.child ? "pl-5" : "font-semibold"}`}>
        <input
          type="checkbox"
          name={name}
          value={item.slug}
          defaultChecked={vs(name).includes(item.slug)}
          className="mt-1"
          aria-describedby={err(name)?.length ? `${fieldId(name)}-error` : undefined}
        />
        <span>{item.name}</span>
      </label>
    ));
  const select = (name: string, label: string, choices: { value: string; label: string }[], opts: { empty?: string } = {}) => (
    <FormField name={name} label={label} errors={err(name)}>
      {(control) => (
        <select {...control} defaultValue={v(name)} className={inputClass}>
          {opts.empty !== undefined ? <option value="">{opts.empty}</option> : null}
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
  const roles = IATI_ROLES.map((r) => ({ value: String(r), label: t(`iatiRoles.${r}`) }));
  const columns = [
    { value: "donor", label: t("columns.donor") },
    { value: "partner", label: t("columns.partner") },
  ];

  return (
    <form action={action} key={state.submission} noValidate className="mt-4" id={fieldId("form")}>
      <ErrorSummary errors={state.errors} />
      {state.status === "conflict" && state.conflict ? <ConflictPanel mine={values} conflict={state.conflict} /> : null}
      <input type="hidden" name="locale" value={locale} />
      {mode === "edit" ? <input type="hidden" name="version" value={v("version")} /> : null}

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.record")}</legend>
        <div className="grid gap-4 md:grid-cols-4">
          <FormField name="slug" label={t("fields.slug")} errors={err("slug")} hint={mode === "create" ? t("hints.slugCreate") : t("hints.slugEdit")}>
            {(control) => <input {...control} defaultValue={v("slug")} readOnly={mode === "edit"} className={`${inputClass} read-only:bg-slate-100`} />}
          </FormField>
          {select(
            "status",
            t("fields.status"),
            INITIATIVE_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) })),
          )}
          {select(
            "originalLocale",
            t("fields.originalLocale"),
            LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) })),
          )}
          {text("appendixRow", t("fields.appendixRow"))}
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.texts")}</legend>
        <p className="text-sm text-slate-700">{t("hints.texts")}</p>
        {TEXTS.map(({ field, long }) => localizedRow(field, field, long))}
      </fieldset>

      <fieldset className={fieldsetClass} id={fieldId("organisations")}>
        <legend className={legendClass}>{t("sections.organisations")}</legend>
        <p className="text-sm text-slate-700">{t("hints.organisations")}</p>
        <FieldErrorText name="organisations" errors={err("organisations")} />
        <datalist id="organisation-options">
          {options.organisations.map((o) => (
            <option key={o.slug} value={o.slug}>
              {o.acronym ? `${o.name} (${o.acronym})` : o.name}
            </option>
          ))}
        </datalist>
        {Array.from({ length: orgRowCount }, (_, row) => {
          const p = `organisations.${row}`;
          return (
            <fieldset key={row} className="mt-3 grid items-end gap-3 border-t border-slate-200 pt-3 md:grid-cols-[2fr_1fr_auto_1fr]">
              <legend className="sr-only">{t("fields.organisationRow", { n: row + 1 })}</legend>
              <FormField name={`${p}.org`} label={t("fields.organisation", { n: row + 1 })} errors={[...(err(`${p}.org`) ?? []), ...(err(p) ?? [])]}>
                {(control) => <input {...control} list="organisation-options" defaultValue={v(`${p}.org`)} className={inputClass} autoComplete="off" />}
              </FormField>
              {select(`${p}.column`, t("fields.column"), columns)}
              <label className="flex items-center gap-2 pb-2">
                <input type="checkbox" name={`${p}.funding`} defaultChecked={v(`${p}.funding`) === "on"} /> {t("fields.funding")}
              </label>
              {select(`${p}.iatiRole`, t("fields.iatiRole"), roles, { empty: t("none") })}
            </fieldset>
          );
        })}
      </fieldset>

      <fieldset className={fieldsetClass} id={fieldId("newOrg")}>
        <legend className={legendClass}>{t("sections.newOrganisation")}</legend>
        <p className="text-sm text-slate-700">{t("hints.newOrganisation")}</p>
        {state.status === "duplicate" && state.duplicates ? (
          <div role="alert" className="mt-3 rounded border-2 border-amber-700 bg-amber-50 p-3" data-testid="duplicate-warning">
            <p className="font-semibold">{t("duplicates.title")}</p>
            <ul className="mt-1 list-disc pl-6">
              {state.duplicates.map((d) => (
                <li key={d.slug}>
                  <code>{d.slug}</code> — {d.name[locale as "en"]}
                  {d.acronym ? ` (${d.acronym})` : ""}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">{t("duplicates.hint")}</p>
            <label className="mt-2 flex items-center gap-2 font-semibold">
              <input type="checkbox" name="newOrg.confirm" /> {t("duplicates.confirm")}
            </label>
          </div>
        ) : null}
        <div className="mt-3 grid gap-3 md:grid-cols-3">
          {LOCALES.map((l) => (
            <div key={l}>{text(`newOrg.name.${l}`, t("inLanguage", { field: t("fields.organisationName"), language: t(`languages.${l}`) }), { lang: l })}</div>
          ))}
          {text("newOrg.acronym", t("fields.acronym"))}
          {text("newOrg.slug", t("fields.slug"), { hint: t("hints.slugCreate") })}
          {select(
            "newOrg.type",
            t("fields.organisationType"),
            ORGANISATION_TYPES.map((o) => ({ value: o, label: t(`organisationTypes.${o}`) })),
          )}
          {text("newOrg.country", t("fields.organisationCountry"), { hint: t("hints.countryCode") })}
          {select("newOrg.column", t("fields.column"), columns)}
          {select("newOrg.iatiRole", t("fields.iatiRole"), roles, { empty: t("none") })}
          <label className="flex items-center gap-2">
            <input type="checkbox" name="newOrg.funding" defaultChecked={v("newOrg.funding") === "on"} /> {t("fields.funding")}
          </label>
        </div>
        <FieldErrorText name="newOrg" errors={err("newOrg")} />
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.recipients")}</legend>
        {text("recipientCountries", t("fields.recipientCountries"), { hint: t("hints.recipientCountries") })}
        <CountryFinder targetId={fieldId("recipientCountries")} countries={options.countries} />
        <fieldset className="mt-4" id={fieldId("recipientGroups")}>
          <legend className={labelClass}>{t("fields.recipientGroups")}</legend>
          <FieldErrorText name="recipientGroups" errors={err("recipientGroups")} />
          <div className="mt-2 grid max-h-72 gap-1 overflow-y-auto rounded border border-slate-200 p-2 sm:grid-cols-2 lg:grid-cols-3">
            {checkboxes("recipientGroups", [...options.groups, ...options.regions])}
          </div>
        </fieldset>
      </fieldset>

      <div className="grid gap-4 md:grid-cols-2">
        <fieldset className={fieldsetClass} id={fieldId("themes")}>
          <legend className={legendClass}>{t("fields.themes")}</legend>
          <FieldErrorText name="themes" errors={err("themes")} />
          <div className="grid gap-1">{checkboxes("themes", options.themes)}</div>
        </fieldset>
        <fieldset className={fieldsetClass} id={fieldId("targetGroups")}>
          <legend className={legendClass}>{t("fields.targetGroups")}</legend>
          <FieldErrorText name="targetGroups" errors={err("targetGroups")} />
          <div className="grid gap-1">{checkboxes("targetGroups", options.targetGroups)}</div>
        </fieldset>
      </div>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.period")}</legend>
        <p className="text-sm text-slate-700">{t("hints.period")}</p>
        <div className="mt-2 grid gap-3 md:grid-cols-5">
          {text("period.startYear", t("fields.startYear"))}
          {text("period.startMonth", t("fields.startMonth"))}
          {text("period.endYear", t("fields.endYear"))}
          {text("period.endMonth", t("fields.endMonth"))}
          <div>
            <label className="mt-6 flex items-center gap-2">
              <input type="checkbox" {...errorProps("period.ongoing", err("period.ongoing"))} defaultChecked={v("period.ongoing") === "on"} />{" "}
              {t("fields.ongoing")}
            </label>
            <FieldErrorText name="period.ongoing" errors={err("period.ongoing")} />
          </div>
        </div>
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.context")}</legend>
        <p className="text-sm text-slate-700">{t("hints.context")}</p>
        {CONTEXT_TEXTS.map((field) => localizedRow(field, field === "period.text" ? "periodText" : field, false))}
      </fieldset>

      <fieldset className={fieldsetClass}>
        <legend className={legendClass}>{t("sections.source")}</legend>
        <div className="grid gap-3 md:grid-cols-3">
          {select(
            "source.document",
            t("fields.source_document"),
            options.sources.map((s) => ({ value: s.slug, label: `${s.title} (${s.date})` })),
          )}
          {text("source.locator", t("fields.source_locator"), { hint: t("hints.locator") })}
          {text("source.line", t("fields.source_line"))}
        </div>
      </fieldset>

      <p className="mt-6">
        <button type="submit" className={buttonClass} disabled={pending}>
          {state.status === "conflict" ? t("saveAnyway") : t("save")}
        </button>
      </p>
    </form>
  );
}
