import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import { FormField } from "../../components/ui/form-field";

const render = (errors?: { key: string }[]) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale="en" timeZone="UTC" messages={{ Validation: en.Validation }}>
      <FormField name="email" label="E-mail" errors={errors} hint="Work address">
        {(control) => <input type="email" {...control} />}
      </FormField>
    </NextIntlClientProvider>,
  );

describe("FormField", () => {
  it("ties the label, the hint and the error message to the control", () => {
    const html = render([{ key: "email.taken" }]);
    expect(html).toMatch(/<label [^>]*for="f-email"[^>]*>E-mail<\/label>/);
    expect(html).toMatch(/<input [^>]*id="f-email"[^>]*>/);
    expect(html).toMatch(/<input [^>]*aria-invalid="true"[^>]*>/);
    expect(html).toMatch(/<input [^>]*aria-describedby="f-email-hint f-email-error"[^>]*>/);
    expect(html).toContain('id="f-email-error"');
    expect(html).toContain(en.Validation.email.taken);
  });

  it("points only at the hint when there is no error", () => {
    expect(render()).toMatch(/aria-describedby="f-email-hint"/);
    expect(render()).not.toContain("aria-invalid");
  });
});
