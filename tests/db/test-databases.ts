import pg from "pg";
import path from "node:path";
import { openDatabase, type DbHandle } from "../../src/db/client";

export const ROOT = path.resolve(import.meta.dirname, "../..");
const ADMIN_URL = process.env.PYPREP_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** True when the PostgreSQL test server answers (it does on developer and CI machines). */
export async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export interface TestDatabase {
  name: "pglite" | "postgres";
  open(): Promise<DbHandle>;
}

/**
 * The databases every db test runs against: in-memory PGlite always, and a fresh, uniquely named
 * PostgreSQL database (created from `test`, dropped on close) when the server is reachable.
 */
export async function testDatabases(): Promise<TestDatabase[]> {
  const list: TestDatabase[] = [{ name: "pglite", open: () => openDatabase({ dataDir: "memory://", root: ROOT }) }];
  if (await postgresReachable()) {
    list.push({
      name: "postgres",
      async open() {
        const dbName = `pyprep_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
        const admin = new pg.Client({ connectionString: ADMIN_URL });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${dbName}`);
        await admin.end();
        const url = new URL(ADMIN_URL);
        url.pathname = `/${dbName}`;
        const handle = await openDatabase({ databaseUrl: url.toString(), root: ROOT, poolSize: 4 });
        return {
          ...handle,
          async close() {
            await handle.close();
            const a = new pg.Client({ connectionString: ADMIN_URL });
            await a.connect();
            await a.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
            await a.end();
          },
        };
      },
    });
  } else {
    console.warn("PostgreSQL at 127.0.0.1:5432 is not reachable: db tests run on PGlite only.");
  }
  return list;
}
