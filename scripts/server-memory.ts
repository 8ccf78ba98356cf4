// Imported first by scripts/server.ts, so that it runs before Next and the app load.
import v8 from "node:v8";

// tsx turns source maps on for the TypeScript it compiles; Node then parses and keeps the source map of
// every module loaded afterwards, Next's server chunks included: some 75–100 MB of a production server's
// memory. Stack traces point into the built files instead; start with --enable-source-maps to keep them mapped.
const requested = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].includes("--enable-source-maps");
if (!requested) process.setSourceMapsEnabled(false);

// V8 lets the old generation grow to a multiple of what survived the last full collection (up to 4×
// when collections are cheap). Pages allocate much and keep little, so the heap grew to twice its live
// size and stayed there. 1.5× its live size instead: at 100,000 initiatives ~120 MB less after the
// benchmark, for some 20 more full collections (~25 ms each) in its ~700 requests.
// SERVER_HEAP_GROWING_PERCENT=0 gives V8's own choice back. V8 reads this flag at each collection, so it
// can be set here rather than on the command line.
const growing = Number(process.env.SERVER_HEAP_GROWING_PERCENT ?? 50);
if (growing > 0) v8.setFlagsFromString(`--heap-growing-percent=${growing}`);
