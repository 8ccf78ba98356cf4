import "server-only";
import { env } from "../env";

/**
 * The client's address, used only to throttle sign-ins. X-Forwarded-For is read only when TRUST_PROXY
 * says how many reverse proxies append to it: the address is then the one the outermost trusted proxy
 * saw, so a client cannot choose it by sending its own header. Without TRUST_PROXY there is none (null).
 */
export function clientAddress(headers: Headers, hops = env.TRUST_PROXY): string | null {
  if (!hops) return null;
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (!chain.length) return null;
  return chain[Math.max(0, chain.length - hops)].slice(0, 64);
}
