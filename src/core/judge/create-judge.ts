/**
 * The host side of the judge: starts the sandboxed judge process, sends it submissions, and
 * restarts it if it dies. Submissions beyond the pool's capacity wait in the judge process's
 * queue, so a burst is queued, not refused.
 */
import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { AppError } from "../errors";
import { judgeProcessCommand, type NetworkIsolation } from "./judge-launch";
import { createLineSplitter, resolveJudgeRequest, type JudgeProcessMessage, type ProcessStats, type ReadyMessage, type ResolvedJudgeRequest } from "./protocol";
import { DEFAULT_JUDGE_LIMITS, type JudgeLimits, type JudgeRequest, type JudgeResult } from "./types";

/** Options of createJudge. */
export interface CreateJudgeOptions {
  /** Submissions run at once, each on a worker thread of its own (default 1). */
  workers?: number;
  /** Ready Pyodide instances kept warm (default: workers). */
  warm?: number;
  /** Default limits of a submission (default DEFAULT_JUDGE_LIMITS: 2000 ms, 256 MB, 1 MB output). */
  limits?: Partial<JudgeLimits>;
  /** After the interrupt at the time limit, how long before the thread is terminated, in ms (default 300). */
  killGraceMs?: number;
  /** Restore instances from a memory snapshot (default true). */
  snapshot?: boolean;
  /** Network namespace for the judge process (default "auto": when `unshare -rn` works). */
  isolateNetwork?: NetworkIsolation;
  /** Most submissions waiting at once; more are refused with LIMIT_EXCEEDED (default 10 000). */
  maxQueued?: number;
  /** Diagnostics from the judge process (its log messages and stderr lines). */
  onLog?: (line: string) => void;
}

/** A running judge. */
export interface Judge {
  /**
   * Judges one submission. Resolves with the verdict (any verdict, including limits exceeded);
   * rejects only when the judge itself fails: an invalid request (INVALID_INPUT), a full queue
   * (LIMIT_EXCEEDED), or a judge process that died twice while running this submission.
   */
  judge(request: JudgeRequest): Promise<JudgeResult>;
  /** Resolves once the pool is warm, with what the judge process reported. */
  ready(): Promise<ReadyMessage>;
  /** Counts for monitoring. */
  stats(): JudgeStats;
  /** The judge process's own counters (instances started, load times). */
  processStats(): Promise<ProcessStats>;
  /** Stops the judge process; pending submissions are rejected. */
  close(): Promise<void>;
}

/** Counts of a judge since it was created. */
export interface JudgeStats {
  /** Submissions sent and not answered yet. */
  pending: number;
  /** Judge processes started (1 + restarts). */
  starts: number;
  /** Submissions answered. */
  completed: number;
  /** Process id of the current judge process, or null while none runs. */
  pid: number | null;
}

interface Pending {
  id: string;
  request: ResolvedJudgeRequest;
  started: number;
  attempts: number;
  resolve: (r: JudgeResult) => void;
  reject: (e: Error) => void;
}

type JudgeChild = ChildProcessByStdio<Writable, Readable, Readable>;

/**
 * Starts a judge: a separate Node process under the permission model, with an empty environment,
 * holding a pool of worker threads with fresh Pyodide instances. Returns at once; the process
 * starts in the background (~4–8 s: it makes the memory snapshot first) and submissions made
 * meanwhile wait for it.
 * @see https://nodejs.org/docs/latest-v20.x/api/permissions.html
 * @see https://pyodide.org/en/stable/usage/api/js-api.html
 * @example
 * const judge = createJudge({ workers: 2 });
 * const r = await judge.judge({ source: "def add(a, b): return a + b", tests: { kind: "asserts", asserts: ["assert add(1, 2) == 3"] } });
 * await judge.close();
 */
export function createJudge(options: CreateJudgeOptions = {}): Judge {
  const workers = Math.max(1, Math.floor(options.workers ?? 1));
  const defaults: JudgeLimits = { ...DEFAULT_JUDGE_LIMITS, ...options.limits };
  const maxQueued = options.maxQueued ?? 10_000;
  const onLog = options.onLog ?? (() => {});
  const pending = new Map<string, Pending>();
  let child: JudgeChild | null = null;
  let readyInfo: ReadyMessage | null = null;
  let readyWaiters: { resolve: (r: ReadyMessage) => void; reject: (e: Error) => void }[] = [];
  let closed = false;
  let starting = false;
  let starts = 0;
  let completed = 0;
  let consecutiveFailures = 0;
  let nextId = 1;
  const statsWaiters = new Map<string, (s: ProcessStats) => void>();

  const write = (line: object): void => {
    if (child && child.stdin.writable) child.stdin.write(`${JSON.stringify(line)}\n`);
  };

  const sendPending = (p: Pending): void => write({ type: "judge", id: p.id, request: p.request });

  const failAll = (error: Error): void => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
    for (const w of readyWaiters) w.reject(error);
    readyWaiters = [];
  };

  const onMessage = (m: JudgeProcessMessage): void => {
    switch (m.type) {
      case "ready":
        readyInfo = m;
        consecutiveFailures = 0;
        for (const w of readyWaiters) w.resolve(m);
        readyWaiters = [];
        break;
      case "result": {
        const p = pending.get(m.id);
        if (!p) break;
        pending.delete(m.id);
        completed++;
        p.resolve({ ...m.result, latencyMs: Math.round((performance.now() - p.started) * 1000) / 1000 });
        break;
      }
      case "failed": {
        const p = pending.get(m.id);
        if (!p) break;
        pending.delete(m.id);
        p.reject(new AppError("INVALID_INPUT", m.message));
        break;
      }
      case "stats": {
        const w = statsWaiters.get(m.id);
        statsWaiters.delete(m.id);
        w?.(m.stats);
        break;
      }
      case "log":
      case "fatal":
        onLog(`judge: ${m.message}`);
        break;
    }
  };

  const start = async (): Promise<void> => {
    if (closed || starting || child) return;
    starting = true;
    try {
      const cmd = await judgeProcessCommand({
        workers,
        warm: options.warm,
        defaults,
        killGraceMs: options.killGraceMs,
        snapshot: options.snapshot,
        isolateNetwork: options.isolateNetwork,
      });
      if (closed) return;
      const proc = spawn(cmd.command, cmd.args, { env: cmd.env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
      starts++;
      child = proc;
      readyInfo = null;
      proc.stdout.on(
        "data",
        createLineSplitter((line) => {
          let m: JudgeProcessMessage;
          try {
            m = JSON.parse(line) as JudgeProcessMessage;
          } catch {
            onLog(`judge stdout: ${line.slice(0, 500)}`);
            return;
          }
          onMessage(m);
        }),
      );
      proc.stderr.on("data", createLineSplitter((line) => onLog(`judge stderr: ${line.slice(0, 2000)}`)));
      proc.stdin.on("error", () => undefined);
      proc.on("error", (e) => onLog(`judge process error: ${e.message}`));
      proc.on("exit", (code, signal) => {
        if (child !== proc) return;
        child = null;
        if (closed) return;
        const wasReady = readyInfo !== null;
        readyInfo = null;
        consecutiveFailures = wasReady ? 0 : consecutiveFailures + 1;
        onLog(`judge process exited (code ${code}, signal ${signal}); restarting`);
        // Submissions in flight are sent again once; a second death with the same one rejects it.
        for (const p of [...pending.values()]) {
          p.attempts++;
          if (p.attempts > 2) {
            pending.delete(p.id);
            p.reject(new Error("the judge process died twice while running this submission"));
          }
        }
        if (consecutiveFailures >= 3) {
          failAll(new Error(`the judge process failed to start ${consecutiveFailures} times in a row (exit code ${code}, signal ${signal})`));
          consecutiveFailures = 0;
          return;
        }
        const delay = Math.min(5000, 250 * 2 ** consecutiveFailures);
        setTimeout(() => void start(), delay).unref();
      });
      resend();
    } catch (e) {
      failAll(e instanceof Error ? e : new Error(String(e)));
    } finally {
      starting = false;
    }
  };

  const resend = (): void => {
    for (const p of pending.values()) sendPending(p);
  };

  const askStats = (timeoutMs: number): Promise<ProcessStats> => {
    if (!child) return Promise.reject(new Error("no judge process is running"));
    const id = `stats-${nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        statsWaiters.delete(id);
        reject(new Error("the judge process did not answer"));
      }, timeoutMs);
      statsWaiters.set(id, (s) => {
        clearTimeout(timer);
        resolve(s);
      });
      write({ type: "stats", id });
    });
  };

  // Watchdog: a judge process that stops answering while submissions wait is killed (and so restarted).
  const watchdog = setInterval(() => {
    const proc = child;
    if (!proc || !readyInfo || pending.size === 0) return;
    askStats(15_000).catch(() => {
      if (child !== proc) return;
      onLog("judge process unresponsive for 15 s; killing it");
      proc.kill("SIGKILL");
    });
  }, 20_000);
  watchdog.unref();

  void start();

  return {
    judge(request) {
      if (closed) return Promise.reject(new Error("the judge is closed"));
      let resolved: ResolvedJudgeRequest;
      try {
        resolved = resolveJudgeRequest(request, defaults);
      } catch (e) {
        return Promise.reject(new AppError("INVALID_INPUT", e instanceof Error ? e.message : String(e)));
      }
      if (pending.size >= maxQueued) return Promise.reject(new AppError("LIMIT_EXCEEDED", `the judge queue is full (${maxQueued} submissions waiting); try again shortly`));
      return new Promise<JudgeResult>((resolve, reject) => {
        const p: Pending = { id: String(nextId++), request: resolved, started: performance.now(), attempts: 1, resolve, reject };
        pending.set(p.id, p);
        if (child) sendPending(p);
        else void start();
      });
    },
    ready() {
      if (readyInfo) return Promise.resolve(readyInfo);
      if (closed) return Promise.reject(new Error("the judge is closed"));
      if (!child) void start();
      return new Promise((resolve, reject) => readyWaiters.push({ resolve, reject }));
    },
    stats() {
      return { pending: pending.size, starts, completed, pid: child?.pid ?? null };
    },
    processStats() {
      return askStats(5000);
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(watchdog);
      failAll(new Error("the judge is closed"));
      const proc = child;
      child = null;
      if (!proc) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          proc.kill("SIGKILL");
          resolve();
        }, 3000);
        proc.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        try {
          proc.stdin.end(`${JSON.stringify({ type: "shutdown" })}\n`);
        } catch {
          proc.kill("SIGKILL");
        }
      });
    },
  };
}
