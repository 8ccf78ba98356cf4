import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { cache } from "react";
import { prisma } from "../db/client";
import { env } from "../env";
import { asRole } from "../db/closed-sets";
import type { Role } from "./roles";

import { SESSION_COOKIE } from "./cookie";

export { SESSION_COOKIE };
const SESSION_HOURS = 12;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Starts a session: a random token in an httpOnly cookie, only its SHA-256 in the database. */
export async function createSession(userId: string) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
  await prisma.session.create({ data: { id: hashToken(token), userId, expiresAt } });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: env.SECURE_COOKIES !== "false",
    sameSite: "lax",
    path: "/",
    expires: expiresAt,
  });
}

export type SessionUser = { id: string; email: string; name: string | null; role: Role };

/**
 * The signed-in user, or null when there is no valid, unexpired session of an enabled account.
 * Cached per request: the admin layout and the page's requireRole both ask.
 */
export const getSessionUser = cache(async function getSessionUser(): Promise<SessionUser | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token || token.length > 100) return null;
  const session = await prisma.session.findUnique({
    where: { id: hashToken(token) },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } } },
  });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  const { disabledAt: _disabled, ...user } = session.user;
  return { ...user, role: asRole(user.role) };
});

export async function endSession() {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await prisma.session.deleteMany({ where: { id: hashToken(token) } });
  store.delete(SESSION_COOKIE);
}
