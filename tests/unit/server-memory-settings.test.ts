import { describe, expect, it } from "vitest";
import { memorySettings, SERVER_ARGS, SERVER_NODE_FLAGS, serverMemoryEnv } from "../../scripts/server-memory-settings";

describe("server memory settings", () => {
  it("turns source maps off unless asked for on the command line or in NODE_OPTIONS", () => {
    expect(memorySettings(["--import", "tsx"], {}).sourceMaps).toBe(false);
    expect(memorySettings(["--enable-source-maps", "--import", "tsx"], {}).sourceMaps).toBe(true);
    expect(memorySettings([], { NODE_OPTIONS: "--max-old-space-size=1024 --enable-source-maps" }).sourceMaps).toBe(true);
  });

  it("lets the old generation grow by 15 % of its live size by default, V8's choice with 0, and ignores nonsense", () => {
    expect(memorySettings([], {}).heapGrowingPercent).toBe(15);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "0" }).heapGrowingPercent).toBe(0);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "80" }).heapGrowingPercent).toBe(80);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "lots" }).heapGrowingPercent).toBe(0);
    expect(memorySettings([], { SERVER_HEAP_GROWING_PERCENT: "-5" }).heapGrowingPercent).toBe(0);
  });
});

describe("server memory environment", () => {
  it("gives a spawned server two malloc arenas and a fixed mmap threshold unless the environment chose already, as npm start does", async () => {
    expect(serverMemoryEnv({})).toEqual({ MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" });
    expect(serverMemoryEnv({ MALLOC_ARENA_MAX: "8", MALLOC_MMAP_THRESHOLD_: "65536" })).toEqual({ MALLOC_ARENA_MAX: "8", MALLOC_MMAP_THRESHOLD_: "65536" });
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    for (const [name, value] of Object.entries(serverMemoryEnv({}))) expect(pkg.scripts.start).toContain(`${name}=\${${name}:-${value}}`);
  });
});

describe("server command line", () => {
  it("is npm start's: the same node flags and the compiled server, without a TypeScript loader", async () => {
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    const command = pkg.scripts.start.split(" ");
    expect(command.slice(command.indexOf("node") + 1)).toEqual([...SERVER_ARGS]);
    for (const flag of SERVER_NODE_FLAGS) expect(SERVER_ARGS).toContain(flag);
    expect(pkg.scripts.build).toContain("npm run build:server");
    expect(pkg.scripts["build:server"]).toContain("--outfile=.next/portal-server.mjs");
  });
});
