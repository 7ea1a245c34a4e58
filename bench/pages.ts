/**
 * Page benchmark: starts PyPrep the way users do (`pyprep serve` on a fresh PGlite data dir) unless
 * a running instance is given, then loads question pages, the search page and the list API with
 * autocannon, over loopback only.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { logProgress, machineInfo, machineLine, round, table, type MachineInfo } from "./stats";

const ROOT = path.resolve(import.meta.dirname, "..");

export interface BenchPagesOptions {
  /** A running PyPrep to load (loopback only, e.g. http://127.0.0.1:3000). Default: start one. */
  baseUrl?: string | undefined;
  /** Concurrent connections (default 20). */
  connections: number;
  /** Measured seconds per scenario (default 15). */
  durationSec: number;
  /** Unmeasured warm-up seconds per scenario (default 2). */
  warmupSec?: number;
  /** How long to wait for /api/health after starting the server, in seconds (default 600: the first build is slow). */
  startTimeoutSec?: number;
  /** Progress messages and the server's output (default: to stderr). */
  onProgress?: (message: string) => void;
}

/** Figures for one scenario. */
export interface PageScenarioResult {
  name: string;
  /** The paths requested, cycled in order by every connection. */
  paths: string[];
  /** Mean requests per second (req/s) over the measured seconds. */
  requestsPerSec: number;
  /** Completed requests in the measured period. */
  requests: number;
  /** Latency in ms. */
  latency: { p50: number; p90: number; p99: number; mean: number; max: number };
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  /** Responses per HTTP status. */
  statusCodes: Record<string, number>;
  /** Mean response size, KiB. */
  meanKiB: number;
}

export interface PagesBenchResult {
  machine: MachineInfo;
  baseUrl: string;
  /** True when the benchmark started PyPrep itself (fresh PGlite data dir, seed pages imported). */
  startedServer: boolean;
  /** From spawning `pyprep serve` to /api/health answering 200, ms (includes a build when one was needed). */
  startupMs: number | null;
  /** Whether `pyprep serve` ran `next build` first. */
  built: boolean | null;
  /** Questions in the bank (from /api/health). */
  questions: number;
  connections: number;
  durationSec: number;
  warmupSec: number;
  scenarios: PageScenarioResult[];
}

/** A free TCP port on 127.0.0.1, as the OS hands it out. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function assertLoopback(baseUrl: string): string {
  const url = new URL(baseUrl);
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (!(host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host))) {
    throw new Error(`The page benchmark only loads loopback addresses (127.0.0.1, localhost, ::1), not ${url.host}.`);
  }
  return url.origin;
}

/** `pyprep serve` running as its own process group, so that it and its Next.js server stop together. */
interface ServerProcess {
  child: ChildProcess;
  /** Last lines of the server's output. */
  tail: string[];
  exited: Promise<number | null>;
  dir: string;
  built: boolean;
}

function startServer(port: number, progress: (m: string) => void): ServerProcess {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pyprep-bench-pages-"));
  const child = spawn(process.execPath, [path.join(ROOT, "bin", "pyprep.mjs"), "serve"], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), PYPREP_DATA_DIR: path.join(dir, "data"), DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  });
  const server: ServerProcess = {
    child,
    tail: [],
    dir,
    built: false,
    exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))),
  };
  const onData = (chunk: Buffer) => {
    for (const line of chunk.toString("utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      if (line.includes("Building PyPrep")) server.built = true;
      server.tail.push(line);
      if (server.tail.length > 60) server.tail.shift();
      progress(`[serve] ${line}`);
    }
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  return server;
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops the server's whole process group: SIGTERM, then SIGKILL after 10 s. Removes its data dir. */
async function stopServer(server: ServerProcess, progress: (m: string) => void): Promise<void> {
  const pid = server.child.pid;
  if (pid !== undefined && groupAlive(pid)) {
    progress(`stopping the server (process group ${pid})`);
    try {
      process.kill(-pid, "SIGTERM");
    } catch {
      // already gone
    }
    const deadline = Date.now() + 10_000;
    while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (groupAlive(pid)) {
      progress(`process group ${pid} still running after 10 s: SIGKILL`);
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // already gone
      }
      while (groupAlive(pid)) await new Promise((r) => setTimeout(r, 100));
    }
  }
  fs.rmSync(server.dir, { recursive: true, force: true });
}

async function waitForHealth(baseUrl: string, server: ServerProcess | null, timeoutMs: number, progress: (m: string) => void): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void server?.exited.then((c) => (exitCode = c));
  let lastNote = Date.now();
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new Error(`pyprep serve exited with code ${String(exitCode)} before answering. Last output:\n${server?.tail.join("\n") ?? ""}`);
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) {
        const body = (await res.json()) as { questions?: number };
        return body.questions ?? 0;
      }
    } catch {
      // not up yet
    }
    if (Date.now() - lastNote > 30_000) {
      progress(`waiting for ${baseUrl}/api/health (${Math.round((timeoutMs - (deadline - Date.now())) / 1000)} s)`);
      lastNote = Date.now();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${baseUrl}/api/health did not answer 200 within ${Math.round(timeoutMs / 1000)} s`);
}

async function scenario(baseUrl: string, name: string, paths: string[], options: Required<Pick<BenchPagesOptions, "connections" | "durationSec" | "warmupSec">>, progress: (m: string) => void): Promise<PageScenarioResult> {
  // One request each first: a page that fails would otherwise only show up as a non-2xx count.
  for (const p of new Set(paths)) {
    const res = await fetch(baseUrl + p, { signal: AbortSignal.timeout(60_000) });
    await res.arrayBuffer();
    if (res.status !== 200) progress(`warning: GET ${p} answered ${res.status}`);
  }
  progress(`${name}: ${options.warmupSec} s warm-up, then ${options.durationSec} s with ${options.connections} connections (${paths.length} path${paths.length > 1 ? "s" : ""})`);
  const result = await autocannon({
    url: baseUrl,
    connections: options.connections,
    duration: options.durationSec,
    warmup: options.warmupSec > 0 ? { connections: options.connections, duration: options.warmupSec } : undefined,
    requests: paths.map((p) => ({ method: "GET", path: p })),
    title: name,
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  const completed = result.latency.totalCount;
  return {
    name,
    paths,
    requestsPerSec: round(result.requests.average),
    requests: completed,
    latency: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, mean: round(result.latency.mean), max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes,
    meanKiB: completed ? round((result.throughput.total ?? 0) / completed / 1024) : 0,
  };
}

/**
 * Loads PyPrep's pages with autocannon: question pages (/questions/<slug>, cycling through real
 * slugs from /api/questions), the search page (/questions?q=gil) and the list API
 * (/api/questions?level=mid), each for `durationSec` seconds after a `warmupSec` warm-up.
 *
 * Without `baseUrl`, starts `node bin/pyprep.mjs serve` (which builds if needed, migrates and
 * imports the seed pages into a fresh PGlite data dir) on a free port, waits for /api/health, and
 * stops its process group at the end. Only loopback addresses are loaded.
 *
 * Reports mean throughput in req/s and latency percentiles in ms.
 * @throws Error when the server does not start, the bank is empty, or `baseUrl` is not loopback
 */
export async function benchPages(options: BenchPagesOptions): Promise<PagesBenchResult> {
  const progress = options.onProgress ?? logProgress;
  const machine = machineInfo();
  const warmupSec = options.warmupSec ?? 2;
  const started = !options.baseUrl;
  let server: ServerProcess | null = null;
  let baseUrl: string;
  let startupMs: number | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    if (server?.child.pid !== undefined) {
      try {
        process.kill(-server.child.pid, "SIGKILL");
      } catch {
        // already gone
      }
      fs.rmSync(server.dir, { recursive: true, force: true });
    }
    process.exit(signal === "SIGINT" ? 130 : 143);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    if (options.baseUrl) {
      baseUrl = assertLoopback(options.baseUrl);
    } else {
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      progress(`starting \`node bin/pyprep.mjs serve\` on port ${port} with a fresh PGlite data dir (builds first if needed; up to ${options.startTimeoutSec ?? 600} s)`);
      const t0 = performance.now();
      server = startServer(port, progress);
      await waitForHealth(baseUrl, server, (options.startTimeoutSec ?? 600) * 1000, progress);
      startupMs = performance.now() - t0;
      progress(`server up in ${(startupMs / 1000).toFixed(1)} s`);
    }
    const questions = await waitForHealth(baseUrl, null, 30_000, progress);
    const listRes = await fetch(`${baseUrl}/api/questions?pageSize=100`, { signal: AbortSignal.timeout(60_000) });
    if (listRes.status !== 200) throw new Error(`GET /api/questions?pageSize=100 answered ${listRes.status}`);
    const list = (await listRes.json()) as { items: { slug: string }[] };
    if (list.items.length === 0) throw new Error("The bank is empty: no question pages to load (are the seed pages in PYPREP_SEED_DIR?).");
    // Up to 12 slugs spread over the first page of results.
    const step = Math.max(1, Math.floor(list.items.length / 12));
    const slugs = list.items.filter((_, i) => i % step === 0).slice(0, 12).map((q) => q.slug);
    progress(`${questions} questions in the bank; question pages: ${slugs.length} slugs`);

    const opts = { connections: options.connections, durationSec: options.durationSec, warmupSec };
    const scenarios: PageScenarioResult[] = [];
    scenarios.push(await scenario(baseUrl, "question pages", slugs.map((s) => `/questions/${encodeURIComponent(s)}`), opts, progress));
    scenarios.push(await scenario(baseUrl, "search page", ["/questions?q=gil"], opts, progress));
    scenarios.push(await scenario(baseUrl, "API list", ["/api/questions?level=mid"], opts, progress));
    return {
      machine,
      baseUrl,
      startedServer: started,
      startupMs: startupMs === null ? null : round(startupMs),
      built: server ? server.built : null,
      questions,
      connections: options.connections,
      durationSec: options.durationSec,
      warmupSec,
      scenarios,
    };
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    if (server) await stopServer(server, progress);
  }
}

/** The page figures as a text table (req/s, latency in ms). */
export function formatPagesResult(r: PagesBenchResult): string {
  const out: string[] = [];
  const how = r.startedServer
    ? `pyprep serve on a fresh PGlite bank (${r.questions} questions loaded on first start), up in ${((r.startupMs ?? 0) / 1000).toFixed(1)} s${r.built ? " including next build" : ""}`
    : `${r.baseUrl} (${r.questions} questions)`;
  out.push(`Pages: ${how}; ${r.connections} connections, ${r.durationSec} s per scenario after ${r.warmupSec} s warm-up; client and server on the same machine`);
  out.push(`Machine: ${machineLine(r.machine)}`);
  out.push("");
  out.push(
    table(
      ["scenario", "req/s", "requests", "p50 ms", "p90 ms", "p99 ms", "mean ms", "max ms", "KiB/resp", "non-2xx", "errors"],
      r.scenarios.map((s) => [s.name, s.requestsPerSec, s.requests, s.latency.p50, s.latency.p90, s.latency.p99, s.latency.mean, s.latency.max, s.meanKiB, s.non2xx, s.errors]),
    ),
  );
  for (const s of r.scenarios) {
    if (s.non2xx > 0 || s.errors > 0) out.push(`${s.name}: status codes ${JSON.stringify(s.statusCodes)}, timeouts ${s.timeouts}`);
  }
  return out.join("\n");
}
