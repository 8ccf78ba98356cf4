import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { prisma } from "../db/client";
import { dummyPasswordHash, verifyPassword } from "./password";
import { HashGateBusyError, withHashSlot } from "./hash-gate";

const WINDOW_MS = 15 * 60_000;
export const LOCK_AFTER = 10; // failures per e-mail within the window, for addresses that have failed
const HARD_LOCK_AFTER = 100; // failures per e-mail within the window, from any address
const IP_LOCK_AFTER = 50; // failures per address within the window
const SLOW_AFTER = 3;
const KEEP_ATTEMPTS_MS = 24 * 3600_000;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" | "busy" };

/**
 * Checks a password, throttled by recent failures in LoginAttempt. The attempt is recorded as a failure
 * before anything is checked and only the failures recorded before it (lower ids) are counted, so that
 * parallel guesses cannot all read the same old count: the 11th of 40 simultaneous guesses is locked.
 */
export async function attemptLogin(emailInput: string, password: string, ip: string | null): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase().slice(0, 320);
  const since = new Date(Date.now() - WINDOW_MS);
  await pruneAuthTables();
  const { id } = await prisma.loginAttempt.create({ data: { email, ip, succeeded: false }, select: { id: true } });
  const before = { succeeded: false, createdAt: { gte: since }, id: { lt: id } };
  const [failures, ipFailures] = await Promise.all([
    prisma.loginAttempt.count({ where: { email, ...before } }),
    ip ? prisma.loginAttempt.count({ where: { ip, ...before } }) : 0,
  ]);
  // A locked account still admits an address that has not failed (its owner at their usual desk),
  // unless the e-mail is under a flood from everywhere; README "Sign-in throttling" explains why.
  const emailLocked = failures >= HARD_LOCK_AFTER || (failures >= LOCK_AFTER && (ip === null || ipFailures > 0));
  if (emailLocked || ipFailures >= IP_LOCK_AFTER) return { ok: false, reason: "locked" };
  // Each failure beyond the first few doubles the wait, up to 8 s (only for addresses that failed).
  if (failures >= SLOW_AFTER && (ip === null || ipFailures > 0)) await sleep(Math.min(8000, 250 * 2 ** (failures - SLOW_AFTER)));

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  let valid: boolean;
  try {
    // Unknown e-mails are checked against a dummy hash: same cost, same queue, nothing to tell them apart.
    const stored = user?.passwordHash ?? (await dummyPasswordHash());
    valid = await withHashSlot(ip, () => verifyPassword(password, stored));
  } catch (error) {
    if (!(error instanceof HashGateBusyError)) throw error;
    return { ok: false, reason: "busy" };
  }
  const ok = Boolean(user && valid && !user.disabledAt);
  if (!ok) {
    console.warn(`login failed for ${JSON.stringify(email)} from ${ip ?? "unknown address"} (${failures + 1} in 15 min)`);
    return { ok: false, reason: "invalid" };
  }
  await prisma.loginAttempt.update({ where: { id }, data: { succeeded: true } });
  return { ok: true, userId: user!.id };
}

/** Deletes expired sessions and attempts older than a day (both indexed), so neither table grows forever. */
export async function pruneAuthTables(now = new Date()) {
  await prisma.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });
  await prisma.session.deleteMany({ where: { expiresAt: { lt: now } } });
}
