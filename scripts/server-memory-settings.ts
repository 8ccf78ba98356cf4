/**
 * Memory settings of the production server, from its command line and environment.
 *
 * Source maps: a TypeScript loader (tsx) turns them on; Node then parses and keeps the source
 * map of every module loaded afterwards, Next's server chunks included: some 75–100 MB of the server's
 * memory. Off unless the server was started with --enable-source-maps (stack traces then point into
 * the built files).
 *
 * Heap growth: V8 lets the old generation grow to a multiple of what survived the last full collection
 * (up to 4× when collections are cheap). Pages allocate much and keep little, so the heap grew to twice
 * its live size and stayed there. At 1.5× its live size, the server held ~200 MB less after the benchmark
 * at 100,000 initiatives, for ~20 more full collections (~15–25 ms each) in its ~700 requests. At 1.25× it
 * held ~30 MB less again (a mix of 580 requests: 399 → 368 MB), at 1.15× another ~25 MB (the benchmark at
 * 100k: 322 → 296 MiB, median of three runs), with the same medians. The cost is in the tail, where more
 * requests meet a collection: pages' p95 10–50 ms higher (all within 130 ms at 100k).
 * SERVER_HEAP_GROWING_PERCENT trades one for the other (50 was the previous default; 0 gives V8's own choice).
 * V8 reads the flag at each collection, so it can be set at start rather than on the command line.
 */
export function memorySettings(execArgv: readonly string[], env: Record<string, string | undefined>) {
  const flags = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)];
  const growing = Number(env.SERVER_HEAP_GROWING_PERCENT ?? 15);
  return {
    sourceMaps: flags.includes("--enable-source-maps"),
    heapGrowingPercent: Number.isInteger(growing) && growing > 0 ? growing : 0,
  };
}

/**
 * glibc's allocator gives each thread that allocates its own arena (up to 8 per core), and freed memory in
 * one stays with the process: the server's native heap then held ~180 MB more after the benchmark at
 * 100,000 initiatives than with two arenas. Blocks of 128 KiB or more: glibc serves them from their own
 * mappings, given back when freed, until the first such block is freed; then it raises that threshold
 * (up to 32 MB) and serves them from the heap, where freed ones stay. The server frees such blocks all
 * the time (text matches, sets of initiatives): a fixed threshold kept ~10 MB less after the benchmark's
 * mix, in the same time. Both must be in the environment before Node starts: `npm start` and the scripts
 * that spawn the server set them, unless they are set already.
 */
export const MALLOC_ARENA_MAX = "2";
export const MALLOC_MMAP_THRESHOLD = String(128 * 1024);

/** The environment variables a spawned production server gets besides its own. */
export function serverMemoryEnv(env: Record<string, string | undefined>) {
  return {
    MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? MALLOC_ARENA_MAX,
    MALLOC_MMAP_THRESHOLD_: env.MALLOC_MMAP_THRESHOLD_ ?? MALLOC_MMAP_THRESHOLD,
  };
}

/**
 * V8 flags that must be on the server's command line: they size the heap when it is created. New space:
 * each of its two halves may grow to 16 MB, and busy pages keep them full. At 4 MB the server at 100,000
 * initiatives held ~20 MB less after the benchmark's mix, in the same time (more, shorter scavenges).
 * (Not here: --compact-on-every-full-gc kept the heap within ~10% of its live size and the server ~35 MB
 * smaller after the benchmark at 100,000 initiatives, but its longer pauses took pages' p95 past 200 ms.)
 * `npm start` passes them (a test keeps it in step), and so do the scripts that spawn the server.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"] as const;

/**
 * The production server's command line after `node`, as `npm start` runs it (a test keeps the two in step):
 * the server that `npm run build` compiled, started without a TypeScript loader.
 */
export const SERVER_ARGS = [...SERVER_NODE_FLAGS, "scripts/start.mjs"] as const;
