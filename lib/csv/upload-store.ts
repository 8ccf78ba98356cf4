import "server-only";
import { randomBytes } from "node:crypto";
import type { CsvEncoding } from "./decode";

type Upload = { token: string; text: string; encoding: CsvEncoding; expires: number };
const TTL_MS = 30 * 60_000;

// One pending upload per user, kept in this process between "preview" and "import" so that the file
// is sent once: the import form posts only the token. (The portal runs as one process on one SQLite file.)
const uploads: Map<string, Upload> = ((globalThis as { __csvUploads?: Map<string, Upload> }).__csvUploads ??= new Map());

export function keepUpload(userId: string, text: string, encoding: CsvEncoding): string {
  const now = Date.now();
  for (const [user, upload] of uploads) if (upload.expires < now) uploads.delete(user);
  const token = randomBytes(18).toString("base64url");
  uploads.set(userId, { token, text, encoding, expires: now + TTL_MS });
  return token;
}

/** The upload previewed by this user under this token, removed from the store; null when unknown or expired. */
export function takeUpload(userId: string, token: string): { text: string; encoding: CsvEncoding } | null {
  const upload = uploads.get(userId);
  if (!upload || upload.token !== token || upload.expires < Date.now()) return null;
  uploads.delete(userId);
  return { text: upload.text, encoding: upload.encoding };
}
