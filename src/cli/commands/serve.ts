import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { AppConfig } from "../../config/env";
import { openDatabase } from "../../db/client";
import { rows } from "../../db/queries/rows";
import { runImport } from "./import";
import { runContentImport } from "./content";
import { runChallengeImport } from "./challenges";

const WATCHED = ["src", "next.config.ts", "package.json", "package-lock.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/** True when there is no production build, or a source file changed since it was made. */
export function needsBuild(root: string): boolean {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return WATCHED.some((w) => newestMtime(path.join(root, w)) > built);
}

function nextBin(root: string): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

/** Runs `next build` in the foreground. @throws Error when the build fails */
export function buildApp(root: string): void {
  console.log("Building PyPrep (first start or sources changed)…");
  const r = spawnSync(process.execPath, [nextBin(root), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`next build failed with exit code ${String(r.status)}`);
}

/**
 * Prepares the database (migrations; on an empty bank, our content, or the seed pages when
 * PYPREP_BANK=seeds or content/ is empty) and returns. The database
 * is closed again before the web server opens it: PGlite allows one process per data directory.
 */
export async function prepareDatabase(config: AppConfig): Promise<void> {
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, root: config.root });
  try {
    const [r] = await rows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM questions`);
    const [c] = await rows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM challenges`);
    if ((c?.n ?? 0) === 0 && config.bank !== "none" && fs.existsSync(path.join(config.contentDir, "challenges"))) {
      await runChallengeImport(handle.db, path.join(config.contentDir, "challenges"));
    }
    if ((r?.n ?? 0) > 0 || config.bank === "none") return;
    const hasContent = fs.existsSync(path.join(config.contentDir, "questions")) && fs.readdirSync(path.join(config.contentDir, "questions")).some((f) => f.endsWith(".md"));
    if (config.bank === "content" && hasContent) {
      console.log(`Empty bank: loading our content from ${config.contentDir}`);
      await runContentImport(handle.db, config.contentDir);
    } else if (config.seedDir && fs.existsSync(config.seedDir)) {
      console.log(`Empty bank: importing the seed pages in ${config.seedDir}`);
      await runImport(handle.db, [config.seedDir]);
    }
  } finally {
    await handle.close();
  }
}

/** `pyprep serve`: build if needed, migrate, import on first start, then run the Next.js server. */
export async function runServe(config: AppConfig, options: { build: boolean }): Promise<void> {
  if (options.build && needsBuild(config.root)) buildApp(config.root);
  await prepareDatabase(config);
  const db = config.databaseUrl ? "PostgreSQL" : `PGlite at ${config.dataDir}`;
  console.log(`PyPrep on http://${config.host ?? "localhost"}:${config.port} (${db})`);
  const child = spawn(process.execPath, [nextBin(config.root), "start", "-p", String(config.port), ...(config.host ? ["-H", config.host] : [])], {
    cwd: config.root,
    stdio: "inherit",
    env: { ...process.env, PYPREP_ROOT: config.root, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  await new Promise<void>((resolve) =>
    child.on("exit", (code) => {
      process.exitCode = code ?? 0;
      resolve();
    }),
  );
}
