// Imported first by scripts/server.ts, so that it runs before Next and the app load. tsx turns source
// maps on for the TypeScript it compiles; Node then parses and keeps the source map of every module
// loaded afterwards, Next's server chunks included: some 100 MB of a production server's memory. Stack
// traces point into the built files instead; start with --enable-source-maps to keep them mapped.
const requested = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].includes("--enable-source-maps");
if (!requested) process.setSourceMapsEnabled(false);
