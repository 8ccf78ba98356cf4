import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { prisma } from "../db/client";
import { dummyPasswordHash, verifyPassword } from "./password";

const WINDOW_MS = 15 * 60_000;
const LOCK_AFTER = 10; // failures per e-mail within the window
const IP_LOCK_AFTER = 50; // failures per address within the window
const SLOW_AFTER = 3;

export type LoginResult = { ok: true; userId: string } | { ok: false; reason: "invalid" | "locked" };

/** Checks a password, throttled by recent failures recorded in LoginAttempt; every attempt is logged. */
export async function attemptLogin(emailInput: string, password: string, ip: string | null): Promise<LoginResult> {
  const email = emailInput.trim().toLowerCase().slice(0, 320);
  const since = new Date(Date.now() - WINDOW_MS);
  const [failures, ipFailures] = await Promise.all([
    prisma.loginAttempt.count({ where: { email, succeeded: false, createdAt: { gte: since } } }),
    ip ? prisma.loginAttempt.count({ where: { ip, succeeded: false, createdAt: { gte: since } } }) : 0,
  ]);
  const log = (succeeded: boolean) => prisma.loginAttempt.create({ data: { email, ip, succeeded } });
  if (failures >= LOCK_AFTER || ipFailures >= IP_LOCK_AFTER) {
    await log(false);
    return { ok: false, reason: "locked" };
  }
  // Each failure beyond the first few doubles the wait, up to 8 s.
  if (failures >= SLOW_AFTER) await sleep(Math.min(8000, 250 * 2 ** (failures - SLOW_AFTER)));

  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const ok = Boolean(user && valid && !user.disabledAt);
  await log(ok);
  if (!ok) {
    console.warn(`login failed for ${JSON.stringify(email)} from ${ip ?? "unknown address"} (${failures + 1} in 15 min)`);
    return { ok: false, reason: "invalid" };
  }
  return { ok: true, userId: user!.id };
}
