import { vi } from "vitest";

/** The cookie jar behind the mocked next/headers; tests switch identity by changing the session cookie. */
export const jar = new Map<string, string>();

// Server actions read cookies and headers of the request Next is handling; here a plain map stands in.
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

export function mockNextRequestScope() {
  // next.config.ts enables experimental.authInterrupts; Next sets this variable from it.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
}

export type Outcome = "done" | "login" | "forbidden";

/** Runs an action the way Next would, and tells whether it ran, sent to login, or answered 403. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    await run();
    return "done";
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2]?.includes("/login") ? "login" : "done";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;403") return "forbidden";
    throw error;
  }
}

export function formData(values: Record<string, string | string[]>) {
  const data = new FormData();
  if (!("locale" in values)) data.append("locale", "en");
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
}

/** A complete, valid initiative form. */
export function validInitiativeForm(slug: string): Record<string, string | string[]> {
  return {
    slug,
    status: "draft",
    originalLocale: "fr",
    "name.fr": "Initiative de test",
    "organisations.0.org": "jica",
    "organisations.0.column": "donor",
    "organisations.0.iatiRole": "",
    recipientCountries: "TH",
    themes: ["awareness"],
    "period.startYear": "2020",
    "source.document": "murakami-2018",
    "source.locator": "test",
  };
}
