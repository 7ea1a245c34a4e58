/**
 * How the judge process is started: the one-file bundle it runs (built from judge-entry.ts with
 * esbuild, since the permission model forbids the child processes tsx would need), and the
 * command line that puts it under Node's permission model with an empty environment and, where
 * Linux allows it, in a network namespace of its own.
 * @see https://nodejs.org/docs/latest-v20.x/api/permissions.html
 * @see https://man7.org/linux/man-pages/man1/unshare.1.html
 */
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { JudgeLimits } from "./types";

// Note: inside the Next.js server bundle this module's own URL points into .next/, so the app
// root comes from PYPREP_ROOT (set by `pyprep serve`) when present, else from this file's place.
function judgeSourceDir(): string {
  if (process.env.PYPREP_ROOT) return path.join(process.env.PYPREP_ROOT, "src", "core", "judge");
  return path.dirname(fileURLToPath(import.meta.url));
}

/** The repository root (holds node_modules). */
export function appRoot(): string {
  return path.resolve(judgeSourceDir(), "../../..");
}

/** Pyodide's directory in node_modules, with a trailing slash. */
export function pyodideDirectory(): string {
  const require = createRequire(path.join(appRoot(), "package.json"));
  return `${path.dirname(require.resolve("pyodide/package.json"))}/`;
}

let bundlePromise: Promise<string> | null = null;

function writableCacheDir(preferred: string): string {
  try {
    mkdirSync(preferred, { recursive: true });
    accessSync(preferred, constants.W_OK);
    return preferred;
  } catch {
    // A read-only install: a private temporary folder (mode 0700) instead.
    return mkdtempSync(path.join(os.tmpdir(), "pyprep-judge-"));
  }
}

/** Deletes bundles of other builds last written more than a day ago (a running judge may still use a recent one). */
function removeStaleBundles(dir: string, keep: string): void {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  try {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (file !== keep && /^judge-[0-9a-f]+\.mjs$/.test(name) && statSync(file).mtimeMs < dayAgo) rmSync(file, { force: true });
    }
  } catch {
    // best effort
  }
}

/**
 * Builds the judge bundle (judge-entry.ts and everything it imports, Pyodide excluded: it is
 * loaded from its own folder at run time) into `<cacheDir>/judge-<hash>.mjs`, once per process and
 * content. Written to a temporary name then renamed, so concurrent builds do not clash. The cache
 * folder is `node_modules/.cache/pyprep-judge`, or a temporary folder when that is not writable;
 * the judge process may read that folder (and Pyodide's), nothing else.
 * @returns the bundle's absolute path
 */
export function buildJudgeBundle(preferredDir = path.join(appRoot(), "node_modules", ".cache", "pyprep-judge")): Promise<string> {
  bundlePromise ??= (async () => {
    const { build } = await import("esbuild");
    const cacheDir = writableCacheDir(preferredDir);
    const out = await build({
      entryPoints: [path.join(judgeSourceDir(), "judge-entry.ts")],
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      write: false,
      external: ["pyodide"],
      logLevel: "silent",
      legalComments: "none",
    });
    const text = out.outputFiles[0]!.text;
    const hash = createHash("sha256").update(text).digest("hex").slice(0, 16);
    const file = path.join(cacheDir, `judge-${hash}.mjs`);
    if (!existsSync(file)) {
      const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
      writeFileSync(tmp, text, { mode: 0o644 });
      renameSync(tmp, file);
      removeStaleBundles(cacheDir, file);
    }
    return file;
  })().catch((e: unknown) => {
    bundlePromise = null;
    throw e;
  });
  return bundlePromise;
}

/** Whether to run the judge in a network namespace of its own (`unshare -rn`, Linux). */
export type NetworkIsolation = "auto" | "off" | "require";

let unshareProbe: string | null | undefined;

/** The `unshare` binary when it can create a network namespace here (probed once), else null. */
export function unshareForNetworkIsolation(): string | null {
  if (unshareProbe !== undefined) return unshareProbe;
  unshareProbe = null;
  if (process.platform !== "linux") return null;
  for (const candidate of ["/usr/bin/unshare", "/bin/unshare"]) {
    if (!existsSync(candidate)) continue;
    const r = spawnSync(candidate, ["-rn", process.execPath, "-e", ""], { env: {} as NodeJS.ProcessEnv, timeout: 10_000, stdio: "ignore" });
    if (r.status === 0) unshareProbe = candidate;
    break;
  }
  return unshareProbe;
}

/** Options of the judge process command. */
export interface JudgeCommandOptions {
  /** Submissions run at once. */
  workers: number;
  /** Ready instances kept warm (default: workers). */
  warm?: number;
  /** Limits for requests that do not set them. */
  defaults: JudgeLimits;
  /** Grace after the interrupt before a thread is terminated, in ms (default 300). */
  killGraceMs?: number;
  /** Restore instances from a memory snapshot (default true). */
  snapshot?: boolean;
  /** Network namespace: "auto" (default) uses one when available, "require" fails without, "off" never. */
  isolateNetwork?: NetworkIsolation;
}

/** A ready-to-spawn command: spawn(command, args, { env }) with exactly this (empty) env. */
export interface JudgeCommand {
  command: string;
  args: string[];
  env: Record<string, string>;
  /** True when the process will have no network devices at all. */
  networkIsolated: boolean;
  bundlePath: string;
}

/** Builds the bundle and returns the command that starts the judge process. */
export async function judgeProcessCommand(options: JudgeCommandOptions): Promise<JudgeCommand> {
  const bundlePath = await buildJudgeBundle();
  const pyodideDir = pyodideDirectory();
  const nodeArgs = [
    "--experimental-permission",
    `--allow-fs-read=${pyodideDir}`,
    `--allow-fs-read=${path.dirname(bundlePath)}/`,
    "--allow-worker",
    "--disallow-code-generation-from-strings",
    "--no-warnings",
    "--max-old-space-size=1024",
    bundlePath,
    `--workers=${options.workers}`,
    `--warm=${options.warm ?? options.workers}`,
    `--pyodide-dir=${pyodideDir}`,
    `--kill-grace-ms=${options.killGraceMs ?? 300}`,
    `--time-ms=${options.defaults.timeMs}`,
    `--memory-bytes=${options.defaults.memoryBytes}`,
    `--output-bytes=${options.defaults.outputBytes}`,
    `--recursion-limit=${options.defaults.recursionLimit}`,
  ];
  if (options.snapshot === false) nodeArgs.push("--no-snapshot");
  const mode = options.isolateNetwork ?? "auto";
  const unshare = mode === "off" ? null : unshareForNetworkIsolation();
  if (mode === "require" && !unshare) throw new Error("network isolation required but `unshare -rn` is not available on this machine");
  if (unshare) {
    return { command: unshare, args: ["-rn", process.execPath, ...nodeArgs, "--network-isolated"], env: {}, networkIsolated: true, bundlePath };
  }
  return { command: process.execPath, args: nodeArgs, env: {}, networkIsolated: false, bundlePath };
}
