import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

const ROOT = path.resolve(import.meta.dirname, "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PyPrep exited with code ${child.exitCode} before it served ${url}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`PyPrep did not answer ${url} within ${timeoutMs} ms`);
}

/**
 * Starts PyPrep the way the README does (`npm start`: build if needed, migrate, import the seed
 * pages, serve) on a free port with a fresh data directory, for the browser tests.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pyprep-e2e-"));
  // The install's admin, made the README's way before the server opens the database, so that
  // no test depends on signing up first.
  const admin = { email: "admin@e2e.example.com", password: "e2e admin password" };
  execFileSync(process.execPath, [path.join(ROOT, "bin/pyprep.mjs"), "user", "create", "--email", admin.email, "--password", admin.password, "--name", "E2E Admin", "--admin"], {
    cwd: ROOT,
    env: { ...process.env, PYPREP_DATA_DIR: dataDir, DATABASE_URL: "" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const child = spawn(process.execPath, [path.join(ROOT, "bin/pyprep.mjs"), "serve"], {
    cwd: ROOT,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), PYPREP_DATA_DIR: dataDir, DATABASE_URL: "", PYPREP_SEED_DIR: path.resolve(ROOT, "../shared/seeds") },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(`${baseUrl}/api/health`, child, 600_000);
  project.provide("baseUrl", baseUrl);
  project.provide("admin", admin);
  return async () => {
    if (child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The admin account created before the server starts. */
    admin: { email: string; password: string };
  }
}
