// An editor saving through the real admin form (GET the edit page, change a field, POST it back).
import type { Ack } from "./db";
import { formFields, getPage, postForm, setField, type Session } from "./form";

export type WriteOutcome = { kind: "ack"; ack: Ack } | { kind: "conflict" } | { kind: "error"; detail: string };

export async function saveOnce(session: Session, slug: string, value: string): Promise<WriteOutcome> {
  const path = `/en/admin/initiatives/${slug}/edit`;
  const page = await getPage(session, path);
  if (page.status !== 200) return { kind: "error", detail: `GET ${page.status}` };
  const fields = setField(formFields(await page.text(), 'name="summary.en"'), "summary.en", value);
  const response = await postForm(session, path, fields);
  const saved = response.headers.get("location")?.match(/saved=(\d+)/);
  if (response.status === 303 && saved) return { kind: "ack", ack: { slug, version: Number(saved[1]), value } };
  const body = await response.text();
  if (response.status === 200 && body.includes('data-testid="conflict"')) return { kind: "conflict" };
  return { kind: "error", detail: `POST ${response.status} ${response.headers.get("location") ?? ""}` };
}

export type WriterStats = { acks: Ack[]; conflicts: number; errors: string[] };

/** `count` writers over `slugs` until `until()` says stop; network errors end a writer quietly when `tolerateDown`. */
export async function runWriters(session: Session, slugs: string[], count: number, until: () => boolean, tag: string, tolerateDown = false) {
  const stats: WriterStats = { acks: [], conflicts: 0, errors: [] };
  await Promise.all(
    Array.from({ length: count }, async (_, w) => {
      for (let i = 0; !until(); i++) {
        try {
          const outcome = await saveOnce(session, slugs[w % slugs.length], `${tag}-w${w}-n${i}-${Date.now().toString(36)}`);
          if (outcome.kind === "ack") stats.acks.push(outcome.ack);
          else if (outcome.kind === "conflict") stats.conflicts++;
          else stats.errors.push(outcome.detail);
        } catch (error) {
          if (tolerateDown) return;
          stats.errors.push(String(error));
        }
      }
    }),
  );
  return stats;
}
