/**
 * The judge process's main thread: reads requests (newline-delimited JSON on stdin), keeps a
 * pool of worker threads each holding one fresh Pyodide instance, runs every submission on a
 * thread of its own, enforces the time limit (interrupt, then terminate), and writes results to
 * stdout. A thread never serves a second submission: after its run it is terminated and a new one
 * is started in the background, off the request path.
 *
 * Started by `createJudge` (or `pyprep judge-worker`) as
 * `node --experimental-permission --allow-fs-read=<pyodide dir> --allow-fs-read=<bundle dir>
 *  --allow-worker --disallow-code-generation-from-strings --no-warnings <bundle> [options]`
 * with an empty environment: no writes, no child processes, no reads outside those two folders.
 * @see https://nodejs.org/docs/latest-v20.x/api/permissions.html
 */
import { Worker } from "node:worker_threads";
import { readFileSync } from "node:fs";
import { HARNESS_PY } from "./python-harness";
import { createLineSplitter, parseJudgeRequest, type HostMessage, type JudgeProcessMessage, type ResolvedJudgeRequest } from "./protocol";
import { SIGINT, STATE, STATE_SLOTS, WASM_PAGE_BYTES } from "./thread-state";
import type { HarnessResult, MainToThreadMessage, ThreadData, ThreadMessage } from "./judge-thread";
import { DEFAULT_JUDGE_LIMITS, type JudgeLimits, type JudgeResult, type Verdict } from "./types";

/** Options of the judge process, from its command line. */
export interface JudgeProcessOptions {
  /** Submissions run at once (worker threads running), ≥ 1. */
  workers: number;
  /** Ready instances kept warm (default: workers). */
  warm: number;
  /** Pyodide's directory, with a trailing slash. */
  pyodideDir: string;
  /** After the interrupt at the time limit, how long a thread may take to stop before it is terminated, in ms. */
  killGraceMs: number;
  /** Limits for requests that do not set them. */
  defaults: JudgeLimits;
  /** Restore instances from a memory snapshot (default true); false loads each instance cold. */
  snapshot: boolean;
  /** Passed by the launcher when the process runs in a network namespace of its own. */
  networkIsolated: boolean;
}

/** Parses `--workers=2 --pyodide-dir=/x/ …` (the launcher's flags). */
export function parseJudgeProcessArgs(argv: string[]): JudgeProcessOptions {
  const get = (name: string): string | undefined => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit === undefined ? undefined : hit.slice(name.length + 3);
  };
  const num = (name: string, fallback: number): number => {
    const v = get(name);
    const n = v === undefined ? fallback : Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return Math.floor(n);
  };
  const pyodideDir = get("pyodide-dir");
  if (!pyodideDir) throw new Error("--pyodide-dir is required");
  const workers = Math.min(num("workers", 1), 64);
  return {
    workers,
    warm: Math.min(num("warm", workers), 64),
    pyodideDir: pyodideDir.endsWith("/") ? pyodideDir : `${pyodideDir}/`,
    killGraceMs: num("kill-grace-ms", 300),
    defaults: {
      timeMs: num("time-ms", DEFAULT_JUDGE_LIMITS.timeMs),
      memoryBytes: num("memory-bytes", DEFAULT_JUDGE_LIMITS.memoryBytes),
      outputBytes: num("output-bytes", DEFAULT_JUDGE_LIMITS.outputBytes),
      recursionLimit: num("recursion-limit", DEFAULT_JUDGE_LIMITS.recursionLimit),
    },
    snapshot: !argv.includes("--no-snapshot"),
    networkIsolated: argv.includes("--network-isolated"),
  };
}

interface Job {
  id: string;
  request: ResolvedJudgeRequest;
  /** performance.now() when the request arrived, and when it was handed to a thread. */
  receivedAt: number;
  dispatchedAt: number;
}

interface Slot {
  worker: Worker;
  state: Int32Array;
  status: "loading" | "ready" | "busy" | "retired";
  job: Job | null;
  interrupted: boolean;
  timers: NodeJS.Timeout[];
  startedAt: number;
}

const THREAD_HEAP_MB = 384;

function send(message: JudgeProcessMessage): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}

function log(message: string): void {
  send({ type: "log", message: message.slice(0, 4000) });
}

function emptyResult(verdict: Verdict, request: ResolvedJudgeRequest, message: string, peakBytes: number, timeMs: number): JudgeResult {
  return {
    verdict,
    tests: [],
    passed: 0,
    total: testCount(request),
    timeMs,
    peakMemoryBytes: peakBytes,
    stdout: "",
    stderr: "",
    outputTruncated: false,
    error: { message, source: "solution" },
  };
}

function testCount(request: ResolvedJudgeRequest): number {
  const t = request.tests;
  return t.kind === "asserts" ? t.asserts.length : t.kind === "io" ? t.cases.length : 1;
}

/** Rewrites the messages of crashes a candidate should understand. */
function crashMessage(raw: string): string {
  if (/Maximum call stack size exceeded|stack overflow/i.test(raw)) return "RecursionError: maximum recursion depth exceeded (stack overflow)";
  if (/out of memory|ERR_WORKER_OUT_OF_MEMORY|Array buffer allocation failed/i.test(raw)) return "MemoryError";
  // The last line only: a Python traceback in the message could show (hidden) test code.
  const last = raw.split("\n").map((l) => l.trim()).filter(Boolean).pop() ?? raw;
  return `the Python instance crashed: ${last}`.slice(0, 500);
}

/** Runs the judge process until stdin closes or a shutdown message arrives. */
export async function runJudgeProcess(options: JudgeProcessOptions): Promise<void> {
  const t0 = performance.now();
  for (const method of ["log", "info", "warn", "error", "debug"] as const) {
    console[method] = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(" ")}\n`);
  }
  const bundleUrl = new URL(import.meta.url);
  const wasmBytes = readFileSync(`${options.pyodideDir}pyodide.asm.wasm`);
  const wasmModule = await WebAssembly.compile(wasmBytes);
  const wasmByteLength = wasmBytes.byteLength;

  // The snapshot lives in one SharedArrayBuffer; each thread restores from it and drops every
  // reference to it before submission code runs (see judge-thread.ts).
  const threadData = (role: ThreadData["role"], snapshot: SharedArrayBuffer | null): ThreadData => ({
    role,
    pyodideDir: options.pyodideDir,
    wasmModule,
    wasmByteLength,
    snapshot,
    harness: HARNESS_PY,
    state: new SharedArrayBuffer(STATE_SLOTS * 4),
  });

  let pythonVersion = "";
  let snapshot: SharedArrayBuffer | null = null;
  if (options.snapshot) {
    try {
      const made = await makeSnapshot(bundleUrl, threadData("snapshot", null));
      snapshot = new SharedArrayBuffer(made.bytes.byteLength);
      new Uint8Array(snapshot).set(made.bytes);
      pythonVersion = made.pythonVersion;
    } catch (e) {
      log(`memory snapshot failed, loading instances cold: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  const queue: Job[] = [];
  const slots = new Set<Slot>();
  let shuttingDown = false;
  let readySent = false;
  let loadFailures = 0;
  const counters = { started: 0, ready: 0, failed: 0 };
  const loadTimes: number[] = [];

  const count = (status: Slot["status"]): number => [...slots].filter((s) => s.status === status).length;

  const spawn = (): void => {
    if (shuttingDown) return;
    const data = threadData("instance", snapshot);
    const worker = new Worker(bundleUrl, {
      workerData: data,
      stdout: true,
      stderr: true,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, state: new Int32Array(data.state), status: "loading", job: null, interrupted: false, timers: [], startedAt: performance.now() };
    counters.started++;
    slots.add(slot);
    worker.on("message", (m: ThreadMessage) => onThreadMessage(slot, m));
    worker.on("error", (e) => onThreadGone(slot, e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    worker.on("exit", (code) => onThreadGone(slot, `thread exited with code ${code}`));
  };

  const refill = (): void => {
    // Keep `warm` instances ready or loading, loading at most `workers` at a time.
    while (!shuttingDown && count("ready") + count("loading") < options.warm && count("loading") < options.workers) spawn();
  };

  const retire = (slot: Slot): void => {
    if (slot.status === "retired") return;
    slot.status = "retired";
    for (const t of slot.timers) clearTimeout(t);
    slot.timers = [];
    slots.delete(slot);
    void slot.worker.terminate().catch(() => undefined);
    refill();
    dispatch();
  };

  const peakBytes = (slot: Slot): number => Atomics.load(slot.state, STATE.peakPages) * WASM_PAGE_BYTES;

  const finish = (slot: Slot, result: JudgeResult): void => {
    const job = slot.job;
    slot.job = null;
    retire(slot);
    if (job) send({ type: "result", id: job.id, result: { ...result, queueMs: Math.round((job.dispatchedAt - job.receivedAt) * 1000) / 1000 } });
  };

  const synthesize = (slot: Slot, job: Job, raw: string, timedOut: boolean): JudgeResult => {
    const refused = Atomics.load(slot.state, STATE.memoryRefused) === 1;
    const outputExceeded = Atomics.load(slot.state, STATE.outputExceeded) === 1;
    const timeMs = job.request.limits.timeMs;
    if (timedOut || slot.interrupted) return emptyResult("Time Limit Exceeded", job.request, "time limit exceeded", peakBytes(slot), timeMs);
    if (refused || /ERR_WORKER_OUT_OF_MEMORY/.test(raw)) return emptyResult("Memory Limit Exceeded", job.request, "MemoryError", peakBytes(slot), 0);
    if (outputExceeded) return emptyResult("Output Limit Exceeded", job.request, `output limit exceeded (${job.request.limits.outputBytes} bytes)`, peakBytes(slot), 0);
    return emptyResult("Runtime Error", job.request, crashMessage(raw), peakBytes(slot), 0);
  };

  const complete = (slot: Slot, job: Job, harness: HarnessResult, jsStdout: string): JudgeResult => {
    const refused = Atomics.load(slot.state, STATE.memoryRefused) === 1;
    const jsOutputExceeded = Atomics.load(slot.state, STATE.outputExceeded) === 1;
    let verdict = harness.verdict;
    let error = harness.error ?? undefined;
    // A limit overrides what the harness concluded; where it happened (solution or which test) stays.
    const limitError = (message: string): JudgeResult["error"] => ({
      message,
      source: error?.source ?? "solution",
      ...(error?.testIndex !== undefined ? { testIndex: error.testIndex } : {}),
    });
    if (verdict !== "Compilation Error") {
      if (slot.interrupted && verdict !== "Output Limit Exceeded") {
        if (verdict !== "Time Limit Exceeded") error = limitError("time limit exceeded");
        verdict = "Time Limit Exceeded";
      } else if (refused && verdict !== "Output Limit Exceeded" && verdict !== "Time Limit Exceeded") {
        if (verdict !== "Memory Limit Exceeded") error = limitError("MemoryError");
        verdict = "Memory Limit Exceeded";
      } else if (jsOutputExceeded) {
        error = limitError(`output limit exceeded (${job.request.limits.outputBytes} bytes)`);
        verdict = "Output Limit Exceeded";
      }
    }
    const result: JudgeResult = {
      verdict,
      tests: harness.tests,
      passed: harness.passed,
      total: testCount(job.request),
      timeMs: harness.timeMs,
      peakMemoryBytes: peakBytes(slot),
      stdout: jsStdout ? (harness.stdout + jsStdout).slice(0, 65536) : harness.stdout,
      stderr: harness.stderr,
      outputTruncated: harness.outputTruncated || harness.outputExceeded || jsOutputExceeded,
    };
    if (error) result.error = error;
    return result;
  };

  const onThreadMessage = (slot: Slot, m: ThreadMessage): void => {
    if (slot.status === "retired" || typeof m !== "object" || m === null) return;
    if (m.type === "ready" && slot.status === "loading") {
      loadFailures = 0;
      counters.ready++;
      loadTimes.push(performance.now() - slot.startedAt);
      if (loadTimes.length > 1000) loadTimes.shift();
      slot.status = "ready";
      if (!pythonVersion) pythonVersion = m.pythonVersion;
      if (!readySent && count("ready") >= Math.min(options.warm, options.workers)) {
        readySent = true;
        send({
          type: "ready",
          pythonVersion,
          snapshot: snapshot !== null,
          workers: options.workers,
          startupMs: Math.round(performance.now() - t0),
          snapshotBytes: snapshot?.byteLength ?? 0,
          networkIsolated: options.networkIsolated,
        });
      }
      refill();
      dispatch();
    } else if (m.type === "result" && slot.status === "busy" && slot.job) {
      finish(slot, complete(slot, slot.job, m.result, m.jsStdout));
    } else if (m.type === "error") {
      if (slot.status === "busy" && slot.job) finish(slot, synthesize(slot, slot.job, m.message, false));
      else onThreadGone(slot, m.message);
    }
  };

  const onThreadGone = (slot: Slot, reason: string): void => {
    if (slot.status === "retired") return;
    if (slot.status === "busy" && slot.job) {
      finish(slot, synthesize(slot, slot.job, reason, false));
      return;
    }
    if (slot.status === "loading") {
      loadFailures++;
      counters.failed++;
      log(`instance failed to load (${loadFailures} in a row): ${reason}`);
      slot.status = "retired";
      slots.delete(slot);
      void slot.worker.terminate().catch(() => undefined);
      if (loadFailures >= 5) {
        send({ type: "fatal", message: `Pyodide instances fail to load: ${reason}` });
        process.exit(1);
      }
      setTimeout(refill, Math.min(5000, 100 * 2 ** loadFailures)).unref();
      return;
    }
    retire(slot);
  };

  const dispatch = (): void => {
    while (queue.length > 0 && count("busy") < options.workers) {
      const slot = [...slots].find((s) => s.status === "ready");
      if (!slot) break;
      const job = queue.shift()!;
      slot.status = "busy";
      slot.job = job;
      job.dispatchedAt = performance.now();
      const { timeMs } = job.request.limits;
      slot.timers.push(
        setTimeout(() => {
          slot.interrupted = true;
          Atomics.store(slot.state, STATE.interrupt, SIGINT);
        }, timeMs),
        setTimeout(() => {
          if (slot.status === "busy" && slot.job === job) finish(slot, synthesize(slot, job, "killed at the time limit", true));
        }, timeMs + options.killGraceMs),
      );
      const message: MainToThreadMessage = { type: "run", request: job.request };
      slot.worker.postMessage(message);
      // The replacement starts once this turn of the event loop is done, after the run was posted.
      setImmediate(refill);
    }
  };

  const shutdown = (): void => {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const slot of slots) void slot.worker.terminate().catch(() => undefined);
    // Let stdout drain, then leave.
    process.stdout.write("", () => process.exit(0));
  };

  const onLine = (line: string): void => {
    let message: HostMessage;
    try {
      message = JSON.parse(line) as HostMessage;
    } catch {
      log(`ignored a line that is not JSON (${line.length} chars)`);
      return;
    }
    if (message?.type === "shutdown") return shutdown();
    if (message?.type === "stats" && typeof message.id === "string") {
      const sorted = [...loadTimes].sort((a, b) => a - b);
      const pick = (p: number): number => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!) : 0);
      send({
        type: "stats",
        id: message.id,
        stats: { instancesStarted: counters.started, instancesReady: counters.ready, instancesFailed: counters.failed, queued: queue.length, readyNow: count("ready"), loadingNow: count("loading"), busyNow: count("busy"), loadMsP50: pick(50), loadMsP95: pick(95) },
      });
      return;
    }
    if (message?.type !== "judge" || typeof message.id !== "string") {
      log("ignored a message that is neither judge nor shutdown");
      return;
    }
    try {
      const now = performance.now();
      queue.push({ id: message.id, request: parseJudgeRequest(message.request, options.defaults), receivedAt: now, dispatchedAt: now });
      dispatch();
    } catch (e) {
      send({ type: "failed", id: message.id, message: e instanceof Error ? e.message : String(e) });
    }
  };

  process.stdin.on("data", createLineSplitter(onLine, 64 * 1024 * 1024, (n) => log(`dropped an oversized line (${n} chars)`)));
  process.stdin.on("end", shutdown);
  process.on("uncaughtException", (e) => {
    send({ type: "fatal", message: `judge process: ${e instanceof Error ? e.stack ?? e.message : String(e)}` });
    process.exit(1);
  });
  refill();
}

async function makeSnapshot(bundleUrl: URL, data: ThreadData): Promise<{ bytes: Uint8Array; pythonVersion: string }> {
  const worker = new Worker(bundleUrl, { workerData: data, stdout: true, stderr: true });
  worker.stdout.resume();
  worker.stderr.resume();
  try {
    return await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("snapshot timed out after 120 s")), 120_000);
      worker.on("message", (m: ThreadMessage) => {
        clearTimeout(timer);
        if (m.type === "snapshot") resolve({ bytes: m.bytes, pythonVersion: m.pythonVersion });
        else if (m.type === "error") reject(new Error(m.message));
      });
      worker.on("error", (e) => {
        clearTimeout(timer);
        reject(e);
      });
      worker.on("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`snapshot thread exited with code ${code}`));
      });
    });
  } finally {
    void worker.terminate().catch(() => undefined);
  }
}
