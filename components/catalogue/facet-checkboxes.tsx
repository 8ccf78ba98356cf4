import type { FacetOption } from "@/lib/db/initiatives";

type Group = { label: string; options: FacetOption[] };
type Props = {
  name: string;
  label: string;
  selectedLabel: string;
  selected: readonly string[];
  options?: FacetOption[];
  groups?: Group[];
  format: (option: FacetOption) => string;
  indentChildren?: boolean;
};

/**
 * A repeatable filter as checkboxes in a disclosure (works without JavaScript): ticking several values
 * means any of them. Each option shows how many results it would give with the other filters applied.
 */
export function FacetCheckboxes({ name, label, selectedLabel, selected, options, groups, format, indentChildren }: Props) {
  const all = groups ? groups.flatMap((g) => g.options) : (options ?? []);
  const missing = selected.filter((value) => !all.some((o) => o.value === value)).map((value) => ({ value, label: value, count: 0 }));
  const sections: Group[] = groups ? groups.filter((g) => g.options.length) : [{ label: "", options: all }];
  if (missing.length) sections.unshift({ label: "", options: missing });
  const renderOption = (option: FacetOption) => {
    const id = `filter-${name}-${option.value}`;
    return (
      <li key={option.value} className={indentChildren && option.parent ? "ps-5" : undefined}>
        <input id={id} type="checkbox" name={name} value={option.value} defaultChecked={selected.includes(option.value)} className="me-2 size-4 align-middle" />
        <label htmlFor={id} className="align-middle">
          {format(option)}
        </label>
      </li>
    );
  };
  return (
    <details open={selected.length > 0} className="rounded border border-slate-300" data-facet={name}>
      <summary className="cursor-pointer px-3 py-2 font-medium">
        {label}
        {selected.length ? <span className="ms-2 rounded-full bg-brand-700 px-2 text-sm text-white">{selectedLabel}</span> : null}
      </summary>
      <fieldset className="max-h-72 overflow-y-auto border-t border-slate-300 px-3 py-2">
        <legend className="sr-only">{label}</legend>
        {sections.map((section, i) => (
          <div key={section.label || i}>
            {section.label ? <p className="mt-2 text-sm font-semibold text-slate-700">{section.label}</p> : null}
            <ul className="space-y-1">{section.options.map(renderOption)}</ul>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
