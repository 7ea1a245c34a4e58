/**
 * The app's one database handle per server process (PGlite allows one opener per data dir).
 * Kept on globalThis so that Next.js module copies share it.
 */
import "server-only";
import { loadConfig } from "../../config/env";
import { openDatabase, type Db, type DbHandle } from "../../db/client";

const KEY = Symbol.for("pyprep.db");
type Holder = { [KEY]?: Promise<DbHandle> };

/** The shared database, opened (and migrated) on first use. */
export async function getDb(): Promise<Db> {
  const holder = globalThis as Holder;
  if (!holder[KEY]) {
    const config = loadConfig();
    holder[KEY] = openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root }).catch((e: unknown) => {
      delete holder[KEY];
      throw e;
    });
  }
  return (await holder[KEY]).db;
}
