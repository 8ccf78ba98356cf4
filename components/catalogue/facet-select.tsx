import type { FacetOption } from "@/lib/db/initiatives";

type Group = { label: string; options: FacetOption[] };
type Props = {
  name: string;
  label: string;
  anyLabel: string;
  value?: string;
  options?: FacetOption[];
  groups?: Group[];
  format: (option: FacetOption) => string;
  indentChildren?: boolean;
};

/** A filter as a <select> whose options carry the number of results each would give. */
export function FacetSelect({ name, label, anyLabel, value, options, groups, format, indentChildren }: Props) {
  const all = groups ? groups.flatMap((g) => g.options) : (options ?? []);
  const selectedMissing = value && !all.some((o) => o.value === value);
  const renderOption = (option: FacetOption) => (
    <option key={option.value} value={option.value}>
      {indentChildren && option.parent ? `\u00a0\u00a0— ${format(option)}` : format(option)}
    </option>
  );
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block font-medium">{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className="mt-1 w-full rounded border border-slate-500 bg-white px-2 py-2">
        <option value="">{anyLabel}</option>
        {selectedMissing ? <option value={value}>{format({ value, label: value, count: 0 })}</option> : null}
        {groups
          ? groups.filter((g) => g.options.length).map((g) => (
              <optgroup key={g.label} label={g.label}>{g.options.map(renderOption)}</optgroup>
            ))
          : all.map(renderOption)}
      </select>
    </div>
  );
}
