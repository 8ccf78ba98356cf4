import type { ComponentProps } from "react";
import type { FacetOption } from "@/lib/db/initiatives";
import { TextLink } from "@/components/ui/text-link";
import { xmlEscape } from "@/lib/open-data/xml";

/** Options a long facet lists (those with the most results, and every ticked one); the rest are a link away. */
export const FACET_OPTION_LIMIT = 80;

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
  /** For a long list: what is said of the options left out, and the page where every one can be found by name. */
  more?: { label: (hidden: number) => string; href: ComponentProps<typeof TextLink>["href"]; linkLabel: string };
};

/**
 * A repeatable filter as checkboxes in a disclosure (works without JavaScript): ticking several values
 * means any of them. Each option shows how many results it would give with the other filters applied.
 */
export function FacetCheckboxes({ name, label, selectedLabel, selected, options, groups, format, indentChildren, more }: Props) {
  const listed = groups ? groups.flatMap((g) => g.options) : (options ?? []);
  // A catalogue of 100,000 initiatives names hundreds of donors: list those with the most results, in the usual order.
  const kept =
    more && listed.length > FACET_OPTION_LIMIT
      ? new Set(
          [...listed]
            .sort((a, b) => b.count - a.count)
            .slice(0, FACET_OPTION_LIMIT)
            .map((o) => o.value)
            .concat(selected),
        )
      : null;
  const all = kept ? listed.filter((o) => kept.has(o.value)) : listed;
  const hidden = listed.length - all.length;
  const missing = selected.filter((value) => !all.some((o) => o.value === value)).map((value) => ({ value, label: value, count: 0 }));
  const sections: Group[] = groups
    ? groups.map((g) => ({ ...g, options: g.options.filter((o) => !kept || kept.has(o.value)) })).filter((g) => g.options.length)
    : [{ label: "", options: all }];
  if (missing.length) sections.unshift({ label: "", options: missing });
  // Single-quoted attributes: the markup travels as a JSON string in the RSC payload, where each " costs an escape.
  const renderOption = (option: FacetOption) => {
    const id = xmlEscape(`filter-${name}-${option.value}`);
    const indent = indentChildren && option.parent ? " class='ps-5'" : "";
    const checked = selected.includes(option.value) ? " checked=''" : "";
    return (
      `<li${indent}><input id='${id}' type='checkbox' name='${xmlEscape(name)}'${checked} value='${xmlEscape(option.value)}' class='me-2 size-4 align-middle'>` +
      `<label for='${id}' class='align-middle'>${xmlEscape(format(option))}</label></li>`
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
            {/* The options as markup that React leaves alone: hundreds of checkboxes that need no hydration
                (the form reads them natively; a change still bubbles to its handler), and a small string
                in the RSC payload instead of an element tree each (issue 13: blocking time on phones). */}
            <ul className="space-y-1" dangerouslySetInnerHTML={{ __html: section.options.map(renderOption).join("") }} />
          </div>
        ))}
        {more && hidden > 0 ? (
          <p className="mt-2 text-sm text-slate-700" data-testid={`facet-more-${name}`}>
            {more.label(hidden)} <TextLink href={more.href}>{more.linkLabel}</TextLink>
          </p>
        ) : null}
      </fieldset>
    </details>
  );
}
