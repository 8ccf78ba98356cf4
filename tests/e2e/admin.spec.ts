import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, resultCount } from "./helpers";
import { ADMIN, EDITOR, ensureAccounts, fillMinimalInitiative, signIn, unique } from "./admin-helpers";

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.beforeAll(() => ensureAccounts());

const save = (page: Page) => page.locator("form#f-form button[type=submit]").click();

test("signing in: wrong password is refused, then the admin gets in and out", async ({ page }) => {
  await page.goto("/fr/admin/initiatives");
  await expect(page).toHaveURL(/\/fr\/login\?next=/);
  await page.locator("#email").fill(ADMIN.email);
  await page.locator("#password").fill("not the password");
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("#login-error")).toContainText("incorrect");
  await expect(page.locator("#email")).toHaveValue(ADMIN.email);
  await page.locator("#password").fill(ADMIN.password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/fr\/admin\/initiatives$/);
  const cookie = (await page.context().cookies()).find((c) => c.name === "portal_session");
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect(cookie?.expires).toBeGreaterThan(Date.now() / 1000);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/fr\/login\?loggedOut=1/);
  await page.goto("/fr/admin");
  await expect(page).toHaveURL(/\/fr\/login/);
});

test("authorisation matrix of the admin pages and the export route", async ({ browser }) => {
  const pages = [
    "/en/admin",
    "/en/admin/initiatives",
    "/en/admin/initiatives/new",
    "/en/admin/initiatives/cybergreen-initiative/edit",
    "/en/admin/initiatives/cybergreen-initiative/history",
    "/en/admin/initiatives/cybergreen-initiative/preview",
    "/en/admin/audit",
    "/en/admin/import",
    "/en/admin/users",
  ];
  const adminOnly = new Set(["/en/admin/users"]);
  const route = "/api/v1/admin/initiatives.csv";
  for (const who of ["anonymous", "editor", "admin"] as const) {
    const context = await browser.newContext();
    const page = await context.newPage();
    if (who !== "anonymous") await signIn(page, who === "admin" ? ADMIN : EDITOR);
    for (const path of pages) {
      const response = await context.request.get(path, { maxRedirects: 0 });
      const expected = who === "anonymous" ? 307 : who === "editor" && adminOnly.has(path) ? 403 : 200;
      expect(response.status(), `${who} ${path}`).toBe(expected);
      if (who === "anonymous") expect(response.headers().location, path).toContain("/en/login");
    }
    const csv = await context.request.get(route);
    expect(csv.status(), `${who} ${route}`).toBe(who === "anonymous" ? 401 : 200);
    await context.close();
  }
});

test("an editor adds an initiative in French with a new organisation, publishes it, and the public finds it", async ({ page }) => {
  const word = unique("zephyrin");
  const jaWord = `東雲${Date.now() % 100000}号`;
  await signIn(page, EDITOR, "fr");
  await page.goto("/fr/admin/initiatives/new");
  await expectNoAxeViolations(page);
  await page.locator('[name="name.fr"]').fill(`Programme ${word} de cybersécurité`);
  await page.locator('[name="summary.fr"]').fill("Formation des équipes nationales <script>alert(1)</script>");
  await page.locator('[name="summary.ja"]').fill(`${jaWord}の研修`);
  await page.locator('[name="newOrg.name.ja"]').fill(`${word}機構`);
  await page.locator('[name="newOrg.name.en"]').fill(`${word} Agency`);
  await page.locator('[name="newOrg.name.fr"]').fill(`Agence ${word}`);
  await page.locator('[name="newOrg.type"]').selectOption("government");
  await page.locator('[name="newOrg.column"]').selectOption("donor");
  await page.locator('[name="newOrg.funding"]').check();
  await page.locator('[name="newOrg.iatiRole"]').selectOption("1");
  await page.locator('[name="organisations.0.org"]').fill("jica");
  await page.locator('[name="organisations.0.column"]').selectOption("partner");
  await page.locator('[name="recipientCountries"]').fill("SN");
  // The country finder searches names and aliases in every language and appends the chosen code.
  const finder = page.locator("#country-finder");
  await expect(finder).not.toHaveAttribute("list");
  await finder.fill("Ivory");
  await page.locator('#country-finder-results button[data-code="CI"]').click();
  await expect(page.locator('[name="recipientCountries"]')).toHaveValue("SN, CI");
  await expect(finder).toHaveValue("");
  await finder.fill("USA");
  await expect(page.locator("#country-finder-results button").first()).toHaveAttribute("data-code", "US");
  await expectNoAxeViolations(page);
  await finder.press("Enter");
  await expect(page.locator('[name="recipientCountries"]')).toHaveValue("SN, CI, US");
  await expect(page).toHaveURL(/\/admin\/initiatives\/new/);
  await page.locator('[name="recipientCountries"]').fill("SN, CI");
  await page.locator('input[name="recipientGroups"][value="asean"]').check();
  await page.locator('input[name="themes"][value="awareness"]').check();
  await page.locator('input[name="targetGroups"]').first().check();
  await page.locator('[name="period.startYear"]').fill("2024");
  await page.locator('[name="period.startMonth"]').fill("4");
  await page.locator('[name="period.ongoing"]').check();
  await page.locator('[name="source.locator"]').fill("p. 2");
  await save(page);
  await expect(page.getByTestId("notice")).toContainText("version 1");
  const slug = new URL(page.url()).pathname.split("/")[4];
  expect(slug).toContain(word);

  // A draft is invisible to the public.
  await page.goto(`/fr/initiatives?q=${word}`);
  expect(await resultCount(page)).toBe(0);
  expect((await page.request.get(`/fr/initiatives/${slug}`)).status()).toBe(404);
  await page.goto(`/fr/admin/initiatives/${slug}/preview`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(word);
  await expectNoAxeViolations(page);

  await page.goto(`/fr/admin/initiatives/${slug}/edit`);
  await expectNoAxeViolations(page);
  await page.locator('[name="status"]').selectOption("published");
  await save(page);
  await expect(page.getByTestId("notice")).toContainText("version 2");

  for (const q of [word, jaWord]) {
    await page.goto(`/fr/initiatives?q=${encodeURIComponent(q)}`);
    expect(await resultCount(page), q).toBe(1);
  }
  await page.goto(`/fr/initiatives/${slug}`);
  await expect(page.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
  await expect(page.getByText(`Agence ${word}`)).toBeVisible();

  await page.goto(`/fr/admin/initiatives/${slug}/history`);
  await expect(page.getByTestId("audit-list").locator("li")).toHaveCount(2);
  await expect(page.getByTestId("audit-list")).toContainText(EDITOR.email);
});

test("a likely duplicate organisation is flagged and nothing is saved until confirmed", async ({ page }) => {
  await signIn(page, EDITOR);
  await page.goto("/en/admin/initiatives/new");
  const slug = unique("dup-check-");
  await fillMinimalInitiative(page, { slug, nameFr: "Vérification des doublons", status: "draft" });
  await page.locator('[name="newOrg.name.ja"]').fill("国際協力機構");
  await page.locator('[name="newOrg.name.en"]').fill("Japan International Cooperation Agency");
  await page.locator('[name="newOrg.name.fr"]').fill("Agence japonaise de coopération internationale");
  await page.locator('[name="newOrg.acronym"]').fill("J.I.C.A.");
  await page.locator('[name="newOrg.slug"]').fill(unique("jica-copy-"));
  await page.locator('[name="newOrg.type"]').selectOption("government");
  await save(page);
  await expect(page.getByTestId("duplicate-warning")).toContainText("jica");
  await expect(page.locator('[name="newOrg.name.en"]')).toHaveValue("Japan International Cooperation Agency");
  expect((await page.request.get(`/en/admin/initiatives/${slug}/edit`, { maxRedirects: 0 })).status()).toBe(404);
});

test("an edit conflict between two browser contexts keeps the second editor's input", async ({ browser }) => {
  const slug = unique("conflict-");
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, ADMIN);
  await signIn(second, EDITOR);
  await first.goto("/en/admin/initiatives/new");
  await fillMinimalInitiative(first, { slug, nameFr: "Initiative de départ", status: "draft" });
  await save(first);
  await expect(first.getByTestId("notice")).toBeVisible();

  await first.goto(`/en/admin/initiatives/${slug}/edit`);
  await second.goto(`/en/admin/initiatives/${slug}/edit`);
  await first.locator('[name="name.fr"]').fill("Version du premier");
  await save(first);
  await expect(first.getByTestId("notice")).toContainText("version 2");

  await second.locator('[name="name.fr"]').fill("Version du second");
  await second.locator('[name="summary.en"]').fill("Second editor's summary");
  await save(second);
  const conflict = second.getByTestId("conflict");
  await expect(conflict).toContainText("Version du premier");
  await expect(conflict).toContainText("Version du second");
  await expect(conflict).toContainText(ADMIN.email);
  await expect(second.locator('[name="name.fr"]')).toHaveValue("Version du second");
  await expect(second.locator('[name="summary.en"]')).toHaveValue("Second editor's summary");

  await first.reload();
  await expect(first.locator('[name="name.fr"]')).toHaveValue("Version du premier");

  await second.locator("form#f-form button[type=submit]").click();
  await expect(second.getByTestId("notice")).toContainText("version 3");
  await expect(second.locator('[name="name.fr"]')).toHaveValue("Version du second");
  await first.context().close();
  await second.context().close();
});

const BAD_INPUTS: { label: string; field: string; fill: (page: Page) => Promise<unknown>; message: string }[] = [
  { label: "missing name", field: "name.fr", fill: (p) => p.locator('[name="name.fr"]').fill(""), message: "Enter this text in at least one language." },
  { label: "wrong type", field: "period.startYear", fill: (p) => p.locator('[name="period.startYear"]').fill("20twenty"), message: "wrong type" },
  { label: "over-long text", field: "name.fr", fill: (p) => p.locator('[name="name.fr"]').fill("x".repeat(301)), message: "This text is too long." },
  {
    label: "invalid country code",
    field: "recipientCountries",
    fill: (p) => p.locator('[name="recipientCountries"]').fill("TH, QQ"),
    message: "“QQ” is not an ISO 3166-1 alpha-2 country code.",
  },
  {
    label: "end before start",
    field: "period.endYear",
    fill: async (p) => {
      await p.locator('[name="period.startYear"]').fill("2020");
      await p.locator('[name="period.endYear"]').fill("2018");
    },
    message: "The end is before the start.",
  },
  {
    label: "script tag",
    field: "slug",
    fill: (p) => p.locator('[name="slug"]').fill("<script>alert(1)</script>"),
    message: "Use lower-case letters, digits and hyphens only.",
  },
];

for (const bad of BAD_INPUTS) {
  test(`the initiative form answers ${bad.label} with a clear error and saves nothing`, async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const slug = unique("bad-");
    await signIn(page, EDITOR);
    await page.goto("/en/admin/initiatives/new");
    await fillMinimalInitiative(page, { slug, nameFr: "Entrée invalide", status: "draft" });
    await bad.fill(page);
    await save(page);
    await expect(page.getByTestId("error-summary")).toContainText(bad.message);
    const input = page.locator(`[name="${bad.field}"]`);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    const describedBy = (await input.getAttribute("aria-describedby"))!.split(" ");
    await expect(page.locator(`[id="${describedBy.at(-1)}"]`)).toContainText(bad.message);
    await expect(page.locator('[name="source.locator"]')).toHaveValue("e2e");
    expect((await page.request.get(`/en/admin/initiatives/${slug}/edit`, { maxRedirects: 0 })).status()).toBe(404);
    expect(dialogs).toBe(0);
  });
}

const CSV_HEADER = "slug,status,originalLocale,name_fr,name_ja,organisations,recipientCountries,themes,startYear,endYear,ongoing,sourceDocument,sourceLocator";

test("a CSV import with one bad row imports nothing, then everything once fixed", async ({ page }) => {
  const a = unique("csv-a-");
  const b = unique("csv-b-");
  const bad = [
    CSV_HEADER,
    `${a},draft,fr,"Import, premier",インポート一,donor:jica:funding:1,TH;VN,awareness,2020,2022,false,murakami-2018,row 1`,
    `${b},draft,fr,Import second,,donor:jica,XX,awareness,2023,2021,false,murakami-2018,row 2`,
  ].join("\n");
  await signIn(page, EDITOR);
  await page.goto("/en/admin/import");
  await expectNoAxeViolations(page);
  await page.locator("#csv-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Check the file" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 row has problems");
  await expect(page.getByTestId("import-row-2")).toContainText("“XX” is not an ISO 3166-1 alpha-2 country code.");
  await expect(page.getByTestId("import-row-2")).toContainText("The end is before the start.");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  for (const slug of [a, b]) expect((await page.request.get(`/en/admin/initiatives/${slug}/edit`, { maxRedirects: 0 })).status()).toBe(404);

  const fixed = bad.replace(",XX,", ",SN,").replace("2023,2021", "2021,2023");
  await page.goto("/en/admin/import");
  await page.locator("#csv-file").setInputFiles({ name: "fixed.csv", mimeType: "text/csv", buffer: Buffer.from(fixed) });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByTestId("import-preview")).toContainText("All 2 rows are valid");
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByTestId("import-result")).toContainText("2 initiatives imported");
  for (const slug of [a, b]) expect((await page.request.get(`/en/admin/initiatives/${slug}/edit`)).status()).toBe(200);
  await page.goto(`/en/admin/initiatives/${a}/edit`);
  await expect(page.locator('[name="name.ja"]')).toHaveValue("インポート一");
  await expect(page.locator('[name="recipientCountries"]')).toHaveValue("TH, VN");
});

test("the admin creates an editor and changes roles; editors cannot reach the users page", async ({ browser }) => {
  const email = `${unique("new-editor-")}@example.org`;
  const adminPage = await (await browser.newContext()).newPage();
  await signIn(adminPage, ADMIN);
  await adminPage.goto("/en/admin/users");
  await expectNoAxeViolations(adminPage);
  await adminPage.locator("#f-email").fill(email);
  await adminPage.locator("#f-name").fill("New Editor");
  await adminPage.locator("#f-password").fill("short");
  await adminPage.getByRole("button", { name: "Create the account" }).click();
  await expect(adminPage.getByTestId("error-summary")).toContainText("at least 12 characters");
  await expect(adminPage.locator("#f-email")).toHaveValue(email);
  await adminPage.locator("#f-password").fill("a-long-enough-password");
  await adminPage.getByRole("button", { name: "Create the account" }).click();
  await expect(adminPage.getByRole("status")).toContainText(`Account ${email} created.`);

  const editorPage = await (await browser.newContext()).newPage();
  await signIn(editorPage, { email, password: "a-long-enough-password" });
  expect((await editorPage.request.get("/en/admin/users", { maxRedirects: 0 })).status()).toBe(403);

  await adminPage.reload();
  await adminPage.getByLabel(`Role of ${email}`).selectOption("admin");
  await adminPage
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("button", { name: "Change" })
    .click();
  await expect(adminPage.getByRole("status")).toContainText("The role has been updated.");
  // Changing a role ends the person's sessions: they sign in again and then have the new role.
  await editorPage.goto("/en/admin/users");
  await expect(editorPage).toHaveURL(/\/en\/login/);
  await signIn(editorPage, { email, password: "a-long-enough-password" });
  expect((await editorPage.request.get("/en/admin/users", { maxRedirects: 0 })).status()).toBe(200);
  await adminPage.context().close();
  await editorPage.context().close();
});

test("login, list and edit pages have no axe violations", async ({ page }) => {
  await page.goto("/ja/login");
  await expectNoAxeViolations(page);
  await signIn(page, ADMIN, "ja");
  for (const path of ["/ja/admin", "/ja/admin/initiatives", "/ja/admin/initiatives/cybergreen-initiative/edit", "/ja/admin/audit"]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in, a refused save and a fixed save all work as plain form posts", async ({ page }) => {
    const blocked: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    await signIn(page, EDITOR);
    await page.goto("/en/admin/initiatives/new");
    const slug = unique("nojs-");
    await fillMinimalInitiative(page, { slug, nameFr: "Sans JavaScript", status: "draft" });
    await page.locator('[name="period.startYear"]').fill("2022");
    await page.locator('[name="period.endYear"]').fill("2021");
    await save(page);
    await expect(page.getByTestId("error-summary")).toContainText("The end is before the start.");
    await expect(page.locator('[name="name.fr"]')).toHaveValue("Sans JavaScript");
    await page.locator('[name="period.endYear"]').fill("2023");
    await save(page);
    await expect(page.getByTestId("notice")).toContainText("version 1");
    await expect(page).toHaveURL(new RegExp(`/en/admin/initiatives/${slug}/edit`));
    expect(blocked).toEqual([]);
  });
});
