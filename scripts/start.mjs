// `npm start`: runs the production server as `npm run build` compiled it (.next/portal-server.mjs, from
// scripts/server.ts). Plain JavaScript on purpose: a TypeScript loader at run time (tsx) keeps a loader
// thread with its own V8 heap and compiles every module it loads, for the life of the server.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const entry = path.resolve(".next/portal-server.mjs");
if (!fs.existsSync(entry)) {
  console.error("No production build: run `npm run build` (or `npm run setup`) first.");
  process.exit(1);
}
await import(pathToFileURL(entry).href);
