// Imported by scripts/server.ts before Next and lib/env load.
//
// Next's configuration is taken as `next build` serialized it (.next/required-server-files.json) rather than
// by loading next.config.ts again: loading it compiles the TypeScript with Next's SWC binary and runs the
// next-intl plugin, which loads @swc/core and a file watcher, all kept for the server's life (~70 MB of the
// seeded server's 390 MB) to rebuild what the build already wrote. Next's own standalone server starts the
// same way. Next then skips reading .env files, so this reads them first, as Next would, for the app and
// for lib/env alike.
import fs from "node:fs";
import path from "node:path";
import nextEnv from "@next/env";

const projectDir = process.cwd();
nextEnv.loadEnvConfig(projectDir, false, { info: () => {}, error: console.error });

const serverFiles = path.join(projectDir, ".next", "required-server-files.json");
if (!fs.existsSync(serverFiles)) {
  console.error("No production build: run `npm run build` (or `npm run setup`) first.");
  process.exit(1);
}
const { config } = JSON.parse(fs.readFileSync(serverFiles, "utf8")) as { config: unknown };
process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
