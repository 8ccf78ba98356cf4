import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { CSV_ENCODINGS, type CsvEncoding } from "../csv/decode";
import { prisma, type Db } from "./client";

export const CSV_UPLOAD_TTL_MS = 30 * 60_000;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const asEncoding = (value: string): CsvEncoding => ((CSV_ENCODINGS as readonly string[]).includes(value) ? (value as CsvEncoding) : "utf-8");

/**
 * Keeps a previewed upload between "preview" and "import" so that the file is sent once: the import
 * form posts only the returned token. In the database, so that any app instance can take it; a new
 * preview replaces the user's previous one, and expired uploads of every user are removed on the way.
 */
export async function keepUpload(userId: string, text: string, encoding: CsvEncoding, db: Db = prisma): Promise<string> {
  const now = new Date();
  const token = randomBytes(18).toString("base64url");
  const row = { tokenHash: hashToken(token), text, encoding, expiresAt: new Date(now.getTime() + CSV_UPLOAD_TTL_MS), createdAt: now };
  await db.csvUpload.deleteMany({ where: { expiresAt: { lt: now } } });
  await db.csvUpload.upsert({ where: { userId }, create: { userId, ...row }, update: row });
  return token;
}

/**
 * The upload this user previewed under this token, removed in the same statement (a token works once,
 * even when two instances receive it at the same time); null when unknown, another user's, or expired.
 */
export async function takeUpload(userId: string, token: string, db: Db = prisma): Promise<{ text: string; encoding: CsvEncoding } | null> {
  if (!token || token.length > 100) return null;
  try {
    const upload = await db.csvUpload.delete({
      where: { userId, tokenHash: hashToken(token), expiresAt: { gt: new Date() } },
      select: { text: true, encoding: true },
    });
    return { text: upload.text, encoding: asEncoding(upload.encoding) };
  } catch (error) {
    // P2025: no row matched (unknown, used, expired or another user's token).
    if ((error as { code?: string }).code === "P2025") return null;
    throw error;
  }
}
