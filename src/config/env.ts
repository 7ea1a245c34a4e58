/**
 * Runtime configuration, read once from the environment and validated with zod.
 * Every variable is documented in the README's "Configuration" section.
 */
import path from "node:path";
import { z } from "zod";

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  PYPREP_DATA_DIR: z.string().min(1).optional(),
  PYPREP_SEED_DIR: z.string().optional(),
  PYPREP_ROOT: z.string().min(1).optional(),
  PYPREP_BANK: z.enum(["content", "seeds", "none"]).default("content"),
  PYPREP_CONTENT_DIR: z.string().min(1).optional(),
  PYPREP_BASE_URL: z.string().url("must be an absolute URL such as https://prep.example.com").optional().or(z.literal("").transform(() => undefined)),
  PYPREP_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional().or(z.literal("").transform(() => undefined)),
});

export interface AppConfig {
  port: number;
  /** Interface to listen on (default: all interfaces). */
  host: string | undefined;
  /** PostgreSQL URL; undefined means the embedded PGlite database. */
  databaseUrl: string | undefined;
  /** PGlite data directory (absolute), or "memory://" for a throwaway database. */
  dataDir: string;
  /** Folder of seed pages imported on first start; "" disables it. */
  seedDir: string;
  /** The app's root folder (where package.json and src/db/migrations are). */
  root: string;
  /** What an empty bank is filled with on start: our content (default), the seed pages, or nothing. */
  bank: "content" | "seeds" | "none";
  /** Our content folder (questions/ and sets/). */
  contentDir: string;
  /** Public URL of the site (sign-in links, trusted origin); undefined: taken from each request. */
  baseUrl: string | undefined;
  /** Secret signing session cookies; undefined: one generated once and kept in the database. */
  authSecret: string | undefined;
}

/**
 * Reads the configuration from `env` (default `process.env`).
 * @throws Error naming the variable and what is wrong with it
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${String(issue?.path.join(".") ?? "?")} ${issue?.message ?? ""}`.trim());
  }
  const e = parsed.data;
  const root = path.resolve(e.PYPREP_ROOT ?? process.cwd());
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.PYPREP_DATA_DIR?.startsWith("memory://") ? e.PYPREP_DATA_DIR : path.resolve(root, e.PYPREP_DATA_DIR ?? "data"),
    seedDir: e.PYPREP_SEED_DIR === "" ? "" : path.resolve(root, e.PYPREP_SEED_DIR ?? "../shared/seeds"),
    root,
    bank: e.PYPREP_BANK,
    contentDir: path.resolve(root, e.PYPREP_CONTENT_DIR ?? "content"),
    baseUrl: e.PYPREP_BASE_URL,
    authSecret: e.PYPREP_AUTH_SECRET,
  };
}
