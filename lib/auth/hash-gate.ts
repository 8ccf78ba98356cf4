import "server-only";
/**
 * Bounds password hashing: scrypt takes ~128 MiB and a libuv thread for a few hundred ms, so a burst of
 * sign-ins would otherwise starve every other request. At most CONCURRENCY hashes run at once, at most
 * QUEUE_LIMIT wait, and one client address may hold at most PER_ADDRESS of those places.
 */
export const HASH_CONCURRENCY = 2;
export const HASH_QUEUE_LIMIT = 32;
export const HASH_PER_ADDRESS = 2;

let running = 0;
const waiting: (() => void)[] = [];
const perAddress = new Map<string, number>();

export class HashGateBusyError extends Error {}

/** Runs `task` when a slot is free; throws HashGateBusyError at once when the queue or the address's budget is full. */
export async function withHashSlot<T>(address: string | null, task: () => Promise<T>): Promise<T> {
  const key = address ?? "";
  const held = perAddress.get(key) ?? 0;
  if ((address !== null && held >= HASH_PER_ADDRESS) || waiting.length >= HASH_QUEUE_LIMIT) throw new HashGateBusyError();
  perAddress.set(key, held + 1);
  try {
    if (running >= HASH_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next)
        next(); // the slot passes straight to the next waiter
      else running--;
    }
  } finally {
    const left = (perAddress.get(key) ?? 1) - 1;
    if (left > 0) perAddress.set(key, left);
    else perAddress.delete(key);
  }
}

export function hashGateLoad() {
  return { running, waiting: waiting.length };
}
