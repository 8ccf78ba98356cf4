import { describe, expect, it } from "vitest";
import { createRequestGate } from "@/lib/http/request-gate";

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("request gate", () => {
  it("runs at most `limit` requests and admits the waiting ones in arrival order", async () => {
    const gate = createRequestGate(2, 10);
    const order: number[] = [];
    const releases = new Map<number, () => void>();
    for (const n of [1, 2, 3, 4, 5])
      void gate
        .enter(() => false)
        .then((release) => {
          order.push(n);
          releases.set(n, release!);
        });
    await tick();
    expect(order).toEqual([1, 2]);
    expect([gate.running, gate.waiting]).toEqual([2, 3]);
    releases.get(2)!();
    await tick();
    expect(order).toEqual([1, 2, 3]);
    releases.get(1)!();
    releases.get(3)!();
    await tick();
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect([gate.running, gate.waiting]).toEqual([2, 0]);
  });

  it("a request that arrives while others wait queues behind them even when a slot is free", async () => {
    const gate = createRequestGate(1, 10);
    const first = await gate.enter(() => false);
    const order: string[] = [];
    void gate.enter(() => false).then(() => order.push("queued"));
    first!();
    void gate.enter(() => false).then(() => order.push("late"));
    await tick();
    expect(order).toEqual(["queued"]);
  });

  it("counts a release once, however often it is called", async () => {
    const gate = createRequestGate(1, 10);
    const release = await gate.enter(() => false);
    release!();
    release!();
    expect(gate.running).toBe(0);
    const again = await gate.enter(() => false);
    expect(again).not.toBeNull();
    expect(gate.running).toBe(1);
  });

  it("skips clients that hung up while waiting", async () => {
    const gate = createRequestGate(1, 10);
    const first = await gate.enter(() => false);
    const gone = gate.enter(() => true);
    const kept = gate.enter(() => false);
    first!();
    expect(await gone).toBeNull();
    expect(await kept).not.toBeNull();
    expect(gate.running).toBe(1);
  });

  it("refuses when the queue is full", async () => {
    const gate = createRequestGate(1, 1);
    await gate.enter(() => false);
    void gate.enter(() => false);
    expect(await gate.enter(() => false)).toBeNull();
    expect(gate.waiting).toBe(1);
  });
});
