// "← All initiatives" on a detail page returns to the list the reader came from. The catalogue passes its
// query string in `back`; only catalogue-shaped parameters survive, and the path is always the catalogue's,
// so the link cannot be turned into a redirect elsewhere.

const MAX_PAIRS = 40;
const MAX_VALUE = 200;
const MAX_LENGTH = 2000;

type RawParams = Record<string, string | string[] | undefined>;

/** The query of the catalogue list as a string for `back` (empty when it is the unfiltered first page). */
export function catalogueReturnValue(params: RawParams): string {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) for (const v of [value ?? []].flat()) out.append(key, v);
  return sanitise(out).toString();
}

/** Where "← All initiatives" leads: the catalogue with the validated query carried in `back`. */
export function catalogueReturnHref(back: string | string[] | undefined) {
  const value = Array.isArray(back) ? back[0] : back;
  const params = value && value.length <= MAX_LENGTH ? sanitise(new URLSearchParams(value)) : new URLSearchParams();
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return { pathname: "/initiatives" as const, query };
}

function sanitise(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  let pairs = 0;
  for (const [key, value] of params) {
    if (!/^[a-zA-Z]{1,20}$/.test(key) || key === "back" || value === "" || value.length > MAX_VALUE) continue;
    if (++pairs > MAX_PAIRS) break;
    out.append(key, value);
  }
  return out;
}
