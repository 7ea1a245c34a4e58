/**
 * Types of the sandboxed Python judge: what a submission is, the limits it runs under and the
 * verdict it gets. Shared by the host-side client, the judge process and its worker threads, so
 * this file imports nothing.
 */

/** The verdicts, with the names competitive-programming judges use. */
export type Verdict =
  | "Accepted"
  | "Wrong Answer"
  | "Time Limit Exceeded"
  | "Memory Limit Exceeded"
  | "Runtime Error"
  | "Output Limit Exceeded"
  | "Compilation Error";

/** Every verdict, in the order above. */
export const VERDICTS: readonly Verdict[] = [
  "Accepted",
  "Wrong Answer",
  "Time Limit Exceeded",
  "Memory Limit Exceeded",
  "Runtime Error",
  "Output Limit Exceeded",
  "Compilation Error",
];

/**
 * MBPP-style tests: Python statements (usually `assert f(x) == y`) run one by one in the
 * solution's namespace. An `assert a == b` failing reports both values.
 */
export interface AssertTests {
  kind: "asserts";
  asserts: string[];
  /** Optional code run after the solution and before the asserts (imports, fixtures). */
  setup?: string;
}

/**
 * HumanEval-style test: `test` defines `check(candidate)`, which is called with the solution's
 * function named `entryPoint`. One test result.
 */
export interface HumanEvalTests {
  kind: "humaneval";
  test: string;
  entryPoint: string;
}

/** One stdin/stdout case: the whole program runs as `__main__` with `input` on stdin. */
export interface IoCase {
  input: string;
  expected: string;
}

/**
 * Program tests: each case runs the program afresh; the output matches when equal after
 * trimming trailing whitespace on every line and trailing blank lines.
 */
export interface IoTests {
  kind: "io";
  cases: IoCase[];
}

/** The test formats the judge runs. */
export type JudgeTests = AssertTests | HumanEvalTests | IoTests;

/** Resource limits of one submission. */
export interface JudgeLimits {
  /**
   * Wall-clock time for the whole submission (solution plus all tests), in ms. Each submission
   * has a thread of its own, so wall time is its CPU time unless the machine is oversubscribed.
   * Python is interrupted at the limit (KeyboardInterrupt through Pyodide's interrupt buffer); code
   * the interrupt cannot stop (`time.sleep`, one long C call) is killed `killGraceMs` later.
   */
  timeMs: number;
  /** Cap on the WebAssembly linear memory of the Python instance, in bytes (the interpreter itself takes ~32 MB of it). */
  memoryBytes: number;
  /** Cap on what the submission writes to stdout plus stderr, in bytes (UTF-8). */
  outputBytes: number;
  /** Python's recursion limit (`sys.setrecursionlimit`). */
  recursionLimit: number;
}

/** Defaults: 2 s, 256 MB, 1 MB of output, recursion limit 10 000. */
export const DEFAULT_JUDGE_LIMITS: Readonly<JudgeLimits> = Object.freeze({
  timeMs: 2_000,
  memoryBytes: 256 * 1024 * 1024,
  outputBytes: 1024 * 1024,
  recursionLimit: 10_000,
});

/** Highest limits a request may ask for; larger values are clamped. */
export const MAX_JUDGE_LIMITS: Readonly<JudgeLimits> = Object.freeze({
  timeMs: 60_000,
  memoryBytes: 2 * 1024 * 1024 * 1024,
  outputBytes: 64 * 1024 * 1024,
  recursionLimit: 1_000_000,
});

/** One submission to judge. */
export interface JudgeRequest {
  /** The candidate's Python source. */
  source: string;
  tests: JudgeTests;
  /** Overrides of the judge's default limits. */
  limits?: Partial<JudgeLimits>;
  /** Seed for `random` before the solution runs (default 0): the same submission gives the same output. */
  seed?: number;
}

/** The result of one test. */
export interface TestResult {
  /** 0-based position of the test (assert, case, or 0 for `check`). */
  index: number;
  /** The assert's source, `check(<entryPoint>)`, or `case N`. */
  name: string;
  /** Verdict of this test alone: Accepted, Wrong Answer, Runtime Error, or a limit. */
  verdict: Verdict;
  /** Why it failed: `expected 3, got 4`, the assertion message, or the exception's last line. */
  message?: string;
  /** Wall time of the test, in ms. */
  timeMs: number;
  /** For io cases: what the program printed (truncated to 4 KiB). */
  stdout?: string;
}

/** Where and why compilation or execution failed. */
export interface JudgeError {
  /** `SyntaxError: invalid syntax`, `ZeroDivisionError: division by zero`, `MemoryError`, … */
  message: string;
  /** 1-based line in the solution (Compilation Error, and Runtime Error when the solution's line is known). */
  line?: number;
  /** 1-based column (Compilation Error). */
  col?: number;
  /** The traceback's last lines, frames inside the judge removed. */
  traceback?: string;
  /**
   * Where it happened: `solution` while the solution compiled or ran on its own (module level),
   * `tests` while a test ran (or, for io tests, while the program ran on a case's input) or when
   * the tests themselves do not compile. A `tests` error's message and traceback may show test
   * code or inputs: redact them for hidden tests.
   */
  source?: "solution" | "tests";
  /** With source `tests`: the index of the test (assert, case; 0 for `check`) that was running. */
  testIndex?: number;
}

/** What judging a submission gave. */
export interface JudgeResult {
  verdict: Verdict;
  /** Per-test results, in order; tests after a fatal failure (time, memory, output) are absent. */
  tests: TestResult[];
  /** Number of tests passed. */
  passed: number;
  /** Number of tests in the request. */
  total: number;
  /** Wall time of the solution plus tests, in ms (excludes queueing and instance start). */
  timeMs: number;
  /** Largest WebAssembly linear memory the instance reached, in bytes (includes the ~32 MB interpreter). */
  peakMemoryBytes: number;
  /** What the submission printed (stdout), truncated to 64 KiB. */
  stdout: string;
  /** What the submission wrote to stderr, truncated to 16 KiB. */
  stderr: string;
  /** True when stdout or stderr was cut (at the output limit or the 64/16 KiB return cap). */
  outputTruncated: boolean;
  error?: JudgeError;
  /** Time the submission waited in the judge process for a ready instance, in ms. */
  queueMs?: number;
  /** Time from `judge()` to the verdict, in ms, including queueing (filled in by the client). */
  latencyMs?: number;
}
