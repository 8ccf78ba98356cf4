import path from "node:path";
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z.string().min(1).default("file:./data/portal.db"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Set to "false" only when serving over plain HTTP outside localhost (cookies then lack Secure). */
  SECURE_COOKIES: z.enum(["true", "false"]).optional(),
  /** Public origin of the portal, for absolute URLs in exports, feeds, citations, sitemap and canonical links. */
  SITE_URL: z
    .url()
    .default("http://localhost:3000")
    .transform((url) => url.replace(/\/+$/, "")),
  /** The organisation that publishes the IATI export (IATI organisation identifier, name and type code). */
  IATI_REPORTING_ORG_REF: z.string().min(1).default("XI-CCBPORTAL"),
  IATI_REPORTING_ORG_NAME: z.string().min(1).default("Cyber Capacity-Building Portal"),
  IATI_REPORTING_ORG_TYPE: z
    .string()
    .regex(/^\d{2}$/)
    .default("80"),
  /**
   * Number of reverse proxies in front of the app that append to X-Forwarded-For (0 = none: the header
   * is ignored). Only then does sign-in throttling know client addresses. See README "Sign-in throttling".
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** Recent full-text matches kept per app instance (0 turns the cache off; see README "Performance"). */
  TEXT_MATCH_CACHE: z.coerce.number().int().min(0).max(1000).default(64),
  /** Initiatives whose result-item record is kept per app instance (0 turns the cache off; see README "Performance"). */
  SEARCH_ITEM_CACHE: z.coerce.number().int().min(0).max(100_000).default(300),
  /** Requests the production server renders at once; later ones wait in arrival order (lib/http/request-gate.ts). */
  MAX_CONCURRENT_REQUESTS: z.coerce.number().int().min(1).max(1000).default(8),
  /** Requests allowed to wait; beyond this the server answers 503 with Retry-After. */
  REQUEST_QUEUE_LIMIT: z.coerce.number().int().min(0).max(100_000).default(2000),
});

export const env = envSchema.parse(process.env);
export const SITE_URL = env.SITE_URL;

/** Absolute path of the SQLite file named by DATABASE_URL ("file:./data/portal.db" or a bare path). */
export function databaseFilePath(url = env.DATABASE_URL): string {
  const file = url.startsWith("file:") ? url.slice("file:".length) : url;
  return path.isAbsolute(file) ? file : path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}

export type DatabaseEngine = "sqlite" | "postgresql";

/** The engine DATABASE_URL names: postgresql:// or postgres:// is PostgreSQL, anything else an SQLite file. */
export function databaseEngine(url = env.DATABASE_URL): DatabaseEngine {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}
