/**
 * The judge process's wire protocol: newline-delimited JSON, one message per line, on the
 * process's stdin (requests) and stdout (responses). The same protocol serves the host-side
 * client (`createJudge`) and `pyprep judge-worker` run alone.
 *
 * Host → judge: `{"type":"judge","id":"…","request":{…}}`, `{"type":"shutdown"}`.
 * Judge → host: `{"type":"ready",…}` once, then `{"type":"result","id":"…","result":{…}}` or
 * `{"type":"failed","id":"…","message":"…"}` per request, and `{"type":"log","message":"…"}`.
 */
import { StringDecoder } from "node:string_decoder";
import {
  DEFAULT_JUDGE_LIMITS,
  MAX_JUDGE_LIMITS,
  type JudgeLimits,
  type JudgeRequest,
  type JudgeResult,
  type JudgeTests,
} from "./types";

/** A request as sent to the judge process: limits resolved, seed set. */
export interface ResolvedJudgeRequest {
  source: string;
  tests: JudgeTests;
  limits: JudgeLimits;
  seed: number;
}

/** Messages the host writes to the judge process. */
export type HostMessage = { type: "judge"; id: string; request: ResolvedJudgeRequest } | { type: "stats"; id: string } | { type: "shutdown" };

/** Counters of the judge process: instances started and how long they took to become ready. */
export interface ProcessStats {
  /** Worker threads started for submissions. */
  instancesStarted: number;
  /** Threads that became ready. */
  instancesReady: number;
  /** Threads that failed to load. */
  instancesFailed: number;
  /** Submissions waiting for a ready instance. */
  queued: number;
  /** Instances ready now, loading now, and running a submission now. */
  readyNow: number;
  loadingNow: number;
  busyNow: number;
  /** Time from thread start to ready instance, in ms: median and 95th percentile of the last 1000. */
  loadMsP50: number;
  loadMsP95: number;
}

/** What the judge process says once its pool is warm. */
export interface ReadyMessage {
  type: "ready";
  /** Python's version ("3.14.2"). */
  pythonVersion: string;
  /** True when instances are restored from a memory snapshot, false when each loads cold. */
  snapshot: boolean;
  /** Number of worker threads (concurrent submissions). */
  workers: number;
  /** Time from process start to the first ready instance, in ms. */
  startupMs: number;
  /** Snapshot size, in bytes (0 without snapshot). */
  snapshotBytes: number;
  /** True when the process runs in a network namespace of its own (no network devices). */
  networkIsolated: boolean;
}

/** Messages the judge process writes to the host. */
export type JudgeProcessMessage =
  | ReadyMessage
  | { type: "result"; id: string; result: JudgeResult }
  | { type: "failed"; id: string; message: string }
  | { type: "stats"; id: string; stats: ProcessStats }
  | { type: "log"; message: string }
  | { type: "fatal"; message: string };

/** Largest source accepted, in characters (UTF-16 code units). */
export const MAX_SOURCE_CHARS = 256 * 1024;
/** Largest total size of the tests, in characters. */
export const MAX_TESTS_CHARS = 8 * 1024 * 1024;

function fail(message: string): never {
  throw new TypeError(`invalid judge request: ${message}`);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string): string {
  if (typeof v !== "string") fail(`${what} must be a string`);
  return v;
}

function clampLimit(v: unknown, key: keyof JudgeLimits, base: JudgeLimits): number {
  if (v === undefined) return base[key];
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) fail(`limits.${key} must be a positive number`);
  return Math.min(Math.floor(v), MAX_JUDGE_LIMITS[key]);
}

/** Fills in and clamps limits: request values over the defaults of the judge, capped at MAX_JUDGE_LIMITS. */
export function resolveLimits(requested: unknown, base: JudgeLimits = DEFAULT_JUDGE_LIMITS): JudgeLimits {
  if (requested !== undefined && !isRecord(requested)) fail("limits must be an object");
  const r = (requested ?? {}) as Record<string, unknown>;
  return {
    timeMs: clampLimit(r.timeMs, "timeMs", base),
    memoryBytes: clampLimit(r.memoryBytes, "memoryBytes", base),
    outputBytes: clampLimit(r.outputBytes, "outputBytes", base),
    recursionLimit: Math.max(50, clampLimit(r.recursionLimit, "recursionLimit", base)),
  };
}

function parseTests(v: unknown): JudgeTests {
  if (!isRecord(v)) fail("tests must be an object");
  let size = 0;
  const count = (s: string): string => {
    size += s.length;
    if (size > MAX_TESTS_CHARS) fail(`tests exceed ${MAX_TESTS_CHARS} characters`);
    return s;
  };
  switch (v.kind) {
    case "asserts": {
      if (!Array.isArray(v.asserts)) fail("tests.asserts must be an array of strings");
      const asserts = v.asserts.map((a, i) => count(str(a, `tests.asserts[${i}]`)));
      return v.setup === undefined ? { kind: "asserts", asserts } : { kind: "asserts", asserts, setup: count(str(v.setup, "tests.setup")) };
    }
    case "humaneval": {
      const entryPoint = str(v.entryPoint, "tests.entryPoint");
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(entryPoint)) fail("tests.entryPoint must be a Python identifier");
      return { kind: "humaneval", test: count(str(v.test, "tests.test")), entryPoint };
    }
    case "io": {
      if (!Array.isArray(v.cases)) fail("tests.cases must be an array");
      const cases = v.cases.map((c, i) => {
        if (!isRecord(c)) fail(`tests.cases[${i}] must be an object`);
        return { input: count(str(c.input, `tests.cases[${i}].input`)), expected: count(str(c.expected, `tests.cases[${i}].expected`)) };
      });
      return { kind: "io", cases };
    }
    default:
      fail('tests.kind must be "asserts", "humaneval" or "io"');
  }
}

/**
 * Checks a request from outside (the wire, an API body) and resolves its limits.
 * @throws TypeError naming the first invalid field
 */
export function parseJudgeRequest(value: unknown, base: JudgeLimits = DEFAULT_JUDGE_LIMITS): ResolvedJudgeRequest {
  if (!isRecord(value)) fail("expected an object");
  const source = str(value.source, "source");
  if (source.length > MAX_SOURCE_CHARS) fail(`source exceeds ${MAX_SOURCE_CHARS} characters`);
  const seed = value.seed === undefined ? 0 : value.seed;
  if (typeof seed !== "number" || !Number.isSafeInteger(seed)) fail("seed must be an integer");
  return { source, tests: parseTests(value.tests), limits: resolveLimits(value.limits, base), seed };
}

/** Resolves a typed request (from our own code) the same way. */
export function resolveJudgeRequest(request: JudgeRequest, base: JudgeLimits = DEFAULT_JUDGE_LIMITS): ResolvedJudgeRequest {
  return parseJudgeRequest(request, base);
}

/**
 * Splits a byte stream into lines and calls `onLine` for each complete one. Lines longer than
 * `maxLineChars` are dropped (reported through `onOversize`) rather than buffered without bound.
 */
export function createLineSplitter(
  onLine: (line: string) => void,
  maxLineChars = 64 * 1024 * 1024,
  onOversize: (chars: number) => void = () => {},
): (chunk: Buffer | string) => void {
  let buf = "";
  let skipping = false;
  const decoder = new StringDecoder("utf8");
  return (chunk) => {
    buf += typeof chunk === "string" ? chunk : decoder.write(chunk);
    let nl: number;
    while ((nl = buf.indexOf("\n")) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      if (skipping) {
        skipping = false;
        continue;
      }
      if (line.trim()) onLine(line);
    }
    if (buf.length > maxLineChars) {
      onOversize(buf.length);
      buf = "";
      skipping = true;
    }
  };
}
