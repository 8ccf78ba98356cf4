import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it, vi } from "vitest";

// The real Link reads the request's locale through next-intl's server API; a plain anchor stands in.
vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, ...rest }: { href: string | { pathname: string } } & Record<string, unknown>) => (
    <a href={`/en${typeof href === "string" ? href : href.pathname}`} {...rest} />
  ),
}));

const { FACET_OPTION_LIMIT, FacetCheckboxes } = await import("../../components/catalogue/facet-checkboxes");

const options = Array.from({ length: FACET_OPTION_LIMIT + 20 }, (_, i) => ({ value: `org-${i}`, label: `Org ${i}`, count: 1000 - i }));
const render = (selected: string[], more = true) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={{}}>
      <FacetCheckboxes
        name="donor"
        label="Donor"
        selectedLabel=""
        selected={selected}
        options={options}
        format={(o) => `${o.label} (${o.count})`}
        more={more ? { label: (hidden) => `${hidden} more.`, href: "/organisations", linkLabel: "Find any" } : undefined}
      />
    </NextIntlClientProvider>,
  );
const listed = (html: string) => [...html.matchAll(/value='(org-\d+)'/g)].map((m) => m[1]);

describe("FacetCheckboxes", () => {
  it("lists a long facet's options with the most results, in their order, and says how many are left out", () => {
    const html = render([]);
    expect(listed(html)).toEqual(options.slice(0, FACET_OPTION_LIMIT).map((o) => o.value));
    expect(html).toContain("20 more.");
    expect(html).toMatch(/href="[^"]*organisations"/);
  });

  it("always lists a ticked option, however few results it has", () => {
    const html = render(["org-99"]);
    expect(listed(html)).toContain("org-99");
    expect(html).toMatch(/<input [^>]*checked=''[^>]*value='org-99'/);
    expect(html).toContain("19 more.");
  });

  it("escapes what the options say, in their labels and values", () => {
    const html = renderToStaticMarkup(
      <FacetCheckboxes
        name="donor"
        label="Donor"
        selectedLabel=""
        selected={[]}
        options={[{ value: "a'b", label: "R&D <b>Lab</b>", count: 1 }]}
        format={(o) => o.label}
      />,
    );
    expect(html).toContain("R&amp;D &lt;b&gt;Lab&lt;/b&gt;");
    expect(html).toContain("value='a&apos;b'");
    expect(html).not.toContain("<b>");
  });

  it("lists everything when no page is offered for the rest", () => {
    expect(listed(render([], false))).toHaveLength(options.length);
  });
});
