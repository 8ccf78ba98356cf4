// Imported first by scripts/server.ts, so that it runs before Next and the app load.
import v8 from "node:v8";
import { memorySettings } from "./server-memory-settings";

const settings = memorySettings(process.execArgv, process.env);
if (!settings.sourceMaps) process.setSourceMapsEnabled(false);
if (settings.heapGrowingPercent > 0) v8.setFlagsFromString(`--heap-growing-percent=${settings.heapGrowingPercent}`);
