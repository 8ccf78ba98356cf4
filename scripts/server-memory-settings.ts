/**
 * Memory settings of the production server, from its command line and environment.
 *
 * Source maps: tsx turns them on for the TypeScript it compiles; Node then parses and keeps the source
 * map of every module loaded afterwards, Next's server chunks included: some 75–100 MB of the server's
 * memory. Off unless the server was started with --enable-source-maps (stack traces then point into
 * the built files).
 *
 * Heap growth: V8 lets the old generation grow to a multiple of what survived the last full collection
 * (up to 4× when collections are cheap). Pages allocate much and keep little, so the heap grew to twice
 * its live size and stayed there. At 1.5× its live size, the server held ~200 MB less after the benchmark
 * at 100,000 initiatives, for ~20 more full collections (~15–25 ms each) in its ~700 requests.
 * SERVER_HEAP_GROWING_PERCENT=0 gives V8's own choice back. V8 reads the flag at each collection, so it
 * can be set at start rather than on the command line.
 */
export function memorySettings(execArgv: readonly string[], env: Record<string, string | undefined>) {
  const flags = [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)];
  const growing = Number(env.SERVER_HEAP_GROWING_PERCENT ?? 50);
  return {
    sourceMaps: flags.includes("--enable-source-maps"),
    heapGrowingPercent: Number.isInteger(growing) && growing > 0 ? growing : 0,
  };
}
