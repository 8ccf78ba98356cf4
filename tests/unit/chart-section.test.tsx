import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartSection } from "../../components/ui/chart-section";

const render = (isEmpty: boolean) =>
  renderToStaticMarkup(
    <ChartSection id="partners" heading="Partners" intro="Who works with it" isEmpty={isEmpty} empty="No partners" footer={<p>Onwards</p>}>
      <ul data-testid="list" />
    </ChartSection>,
  );

describe("ChartSection", () => {
  it("is a section labelled by its heading, with the intro, the content and the footer", () => {
    const html = render(false);
    expect(html).toMatch(/^<section [^>]*aria-labelledby="partners"/);
    expect(html).toMatch(/<h2 id="partners"[^>]*>Partners<\/h2>/);
    expect(html).toContain("Who works with it");
    expect(html).toContain('data-testid="list"');
    expect(html).not.toContain("No partners");
    expect(html).toMatch(/Onwards<\/p><\/section>$/);
  });

  it("says there is nothing to show instead of an empty chart or list, keeping the intro and the footer", () => {
    const html = render(true);
    expect(html).toContain("No partners");
    expect(html).not.toContain('data-testid="list"');
    expect(html).toContain("Who works with it");
    expect(html).toContain("Onwards");
  });
});
