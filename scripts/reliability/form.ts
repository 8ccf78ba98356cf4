// Reads a server-rendered form (as a browser without JavaScript would) and posts it back.
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
const attr = (tag: string, name: string) => {
  const m = tag.match(new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>])`));
  return m ? decode(m[1] ?? "") : null;
};

export type Fields = [string, string][];

/** The fields of the first <form> whose HTML contains `marker`, as the browser would submit them. */
export function formFields(html: string, marker: string): Fields {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes(marker));
  if (!form) throw new Error(`no form containing ${marker}`);
  const fields: Fields = [];
  for (const m of form.matchAll(/<input\b[^>]*>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const tag = m[0];
    if (tag.startsWith("<input")) {
      const name = attr(tag, "name");
      const type = attr(tag, "type") ?? "text";
      if (!name || ["submit", "button", "file", "image"].includes(type)) continue;
      if ((type === "checkbox" || type === "radio") && attr(tag, "checked") === null) continue;
      fields.push([name, attr(tag, "value") ?? (type === "checkbox" ? "on" : "")]);
    } else if (tag.startsWith("<textarea")) {
      const name = attr(`<t ${m[1]}>`, "name");
      if (name) fields.push([name, decode(m[2])]);
    } else {
      const name = attr(`<s ${m[3]}>`, "name");
      const options = [...m[4].matchAll(/<option\b[^>]*>/g)].map((o) => o[0]);
      const chosen = options.filter((o) => attr(o, "selected") !== null);
      if (name) for (const o of chosen.length ? chosen : options.slice(0, 1)) fields.push([name, attr(o, "value") ?? ""]);
    }
  }
  return fields;
}

export function setField(fields: Fields, name: string, value: string): Fields {
  return [...fields.filter(([n]) => n !== name), [name, value]];
}

export type Session = { base: string; cookie: string };

export async function getPage(session: Session, path: string) {
  return fetch(session.base + path, { headers: { cookie: session.cookie }, redirect: "manual" });
}

/** Posts a form the way a browser without JavaScript does (multipart, same Origin). */
export async function postForm(session: Session, path: string, fields: Fields, files: [string, Blob, string][] = [], extra: Record<string, string> = {}) {
  const body = new FormData();
  for (const [name, value] of fields) body.append(name, value);
  for (const [name, blob, filename] of files) body.append(name, blob, filename);
  return fetch(session.base + path, { method: "POST", body, redirect: "manual", headers: { origin: session.base, cookie: session.cookie, ...extra } });
}

export async function signIn(base: string, email: string, password: string): Promise<Session> {
  const anonymous = { base, cookie: "" };
  const html = await (await getPage(anonymous, "/en/login")).text();
  const fields = setField(setField(formFields(html, 'name="password"'), "email", email), "password", password);
  const response = await postForm(anonymous, "/en/login", fields);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c.startsWith("portal_session="));
  if (!cookie) throw new Error(`sign-in failed: ${response.status}`);
  return { base, cookie };
}
