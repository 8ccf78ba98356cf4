import { describe, expect, it } from "vitest";
import { HASH_CONCURRENCY, HashGateBusyError, hashGateLoad, withHashSlot } from "../../lib/auth/hash-gate";
import { clientAddress } from "../../lib/auth/client-address";

const tick = (ms = 20) => new Promise((resolve) => setTimeout(resolve, ms));

describe("bounded password hashing", () => {
  it("runs at most HASH_CONCURRENCY hashes at once and queues the rest", async () => {
    let active = 0;
    let peak = 0;
    const task = async () => {
      peak = Math.max(peak, ++active);
      await tick();
      active--;
      return true;
    };
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => withHashSlot(`203.0.113.${i}`, task)));
    expect(results.every(Boolean)).toBe(true);
    expect(peak).toBe(HASH_CONCURRENCY);
    expect(hashGateLoad()).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once a third simultaneous hash for one address", async () => {
    const slow = () => tick(50).then(() => true);
    const first = [withHashSlot("203.0.113.50", slow), withHashSlot("203.0.113.50", slow)];
    await expect(withHashSlot("203.0.113.50", slow)).rejects.toBeInstanceOf(HashGateBusyError);
    await Promise.all(first);
    await expect(withHashSlot("203.0.113.50", slow)).resolves.toBe(true);
  });
});

describe("client address", () => {
  const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" });
  it("ignores X-Forwarded-For unless a number of trusted proxies is configured", () => {
    expect(clientAddress(headers, 0)).toBeNull();
  });
  it("takes the address seen by the outermost trusted proxy, not the client's own claim", () => {
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), 2)).toBe("198.51.100.7");
  });
});
