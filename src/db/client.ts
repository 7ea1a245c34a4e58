/**
 * Opens the database: embedded PGlite in a data directory by default, PostgreSQL when a URL is
 * given. Both get the same Drizzle schema and the same migrations, applied on open.
 */
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import * as schema from "./schema";

export type Schema = typeof schema;
/** A Drizzle database over either driver. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DbHandle {
  db: Db;
  /** "pglite" or "postgres". */
  driver: "pglite" | "postgres";
  /** Closes the connection(s). The handle is unusable afterwards. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** PostgreSQL URL. When set, `dataDir` is ignored. */
  databaseUrl?: string | undefined;
  /** PGlite data directory; "memory://" for a throwaway in-memory database. */
  dataDir?: string;
  /** Folder holding the migrations (default: src/db/migrations under `root`). */
  migrationsFolder?: string;
  /** App root used to find the migrations (default: process.cwd()). */
  root?: string;
  /** Pool size for PostgreSQL (default 10). */
  poolSize?: number;
}

// Note: one arbitrary, fixed key; every app instance takes this lock while migrating, so that
// several instances starting at once against one PostgreSQL database migrate exactly once.
const MIGRATION_LOCK_KEY = 7_355_608;

/** Where the migrations are, for a given app root. */
export function migrationsFolderFor(root: string): string {
  return path.join(root, "src", "db", "migrations");
}

/**
 * Opens the database and applies pending migrations.
 * @throws Error when the migrations folder is missing or PostgreSQL cannot be reached
 */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DbHandle> {
  const migrationsFolder = options.migrationsFolder ?? migrationsFolderFor(options.root ?? process.cwd());
  if (!fs.existsSync(path.join(migrationsFolder, "meta", "_journal.json"))) {
    throw new Error(`No migrations at ${migrationsFolder}; run PyPrep from its own folder or set PYPREP_ROOT.`);
  }
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle connection that the server drops (restart, failover, pg_terminate_backend) emits
    // 'error' on the pool; unhandled, it would crash the process. The pool replaces the
    // connection on the next query, so logging is enough. https://node-postgres.com/apis/pool#error
    let closing = false;
    pool.on("error", (e) => {
      if (!closing) console.error(`PostgreSQL: an idle connection failed (${e.message}); it will be replaced.`);
    });
    const client = await pool.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
      try {
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder });
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]);
      }
    } finally {
      client.release();
    }
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      driver: "postgres",
      close: () => {
        closing = true;
        return pool.end();
      },
    };
  }
  const dataDir = options.dataDir ?? path.join(process.cwd(), "data");
  if (!dataDir.startsWith("memory://")) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  const pgliteDb = drizzlePglite(client, { schema });
  await migratePglite(pgliteDb, { migrationsFolder });
  return { db: pgliteDb as unknown as Db, driver: "pglite", close: () => client.close() };
}
