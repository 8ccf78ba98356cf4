import { describe, expect, it } from "vitest";
import { memorySettings, SERVER_NODE_FLAGS, serverMemoryEnv } from "../../scripts/server-memory-settings";

describe("server memory settings", () => {
  it("turns source maps off unless asked for on the command line or in NODE_OPTIONS", () => {
    expect(memorySettings(["--import", "tsx"], {}).sourceMaps).toBe(false);
    expect(memorySettings(["--enable-source-maps", "--import", "tsx"], {}).sourceMaps).toBe(true);
    expect(memorySettings([], { NODE_OPTIONS: "--max-old-space-size=1024 --enable-source-maps" }).sourceMaps).toBe(true);
  });

  it("lets the old generation grow by half its live size by default, V8's choice with 0, and ignores nonsense", () => {
    expect(memorySettings([], {}).heapGrowingPercent).toBe(50);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "0" }).heapGrowingPercent).toBe(0);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "80" }).heapGrowingPercent).toBe(80);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "lots" }).heapGrowingPercent).toBe(0);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "-5" }).heapGrowingPercent).toBe(0);
  });
});

describe("server memory environment", () => {
  it("gives a spawned server two malloc arenas unless the environment chose already, as npm start does", async () => {
    expect(serverMemoryEnv({})).toEqual({ MALLOC_ARENA_MAX: "2" });
    expect(serverMemoryEnv({ MALLOC_ARENA_MAX: "8" })).toEqual({ MALLOC_ARENA_MAX: "8" });
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    expect(pkg.scripts.start).toContain("MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}");
  });
});

describe("server command line", () => {
  it("starts npm start's node with every flag the spawned servers get", async () => {
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    const node = pkg.scripts.start.split(" --import ")[0]!.split(" ");
    for (const flag of SERVER_NODE_FLAGS) expect(node).toContain(flag);
  });
});
