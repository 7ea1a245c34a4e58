import type { JudgeRequest, JudgeResult, TestResult } from "./types";

export type SubmissionMode = "run" | "submit";

/** Largest submission accepted, in bytes of UTF-8 (larger gets HTTP 413). */
export const MAX_SUBMISSION_BYTES = 64 * 1024;

export interface BuildChallengeRequestOptions {
  code: string;
  mode: SubmissionMode;
  /** Visible tests (Python snippets). */
  examples: string[];
  /** Hidden tests, used by "submit" only. */
  hiddenTests: string[];
  timeLimitMs: number;
  /** Seed for `random` (default 0). */
  seed?: number;
}

/**
 * The judge request for a challenge: "run" judges the visible examples, "submit" the examples
 * then the hidden tests, each an assert-style test in the solution's namespace.
 */
export function buildChallengeRequest({ code, mode, examples, hiddenTests, timeLimitMs, seed = 0 }: BuildChallengeRequestOptions): JudgeRequest {
  const asserts = mode === "run" ? examples : [...examples, ...hiddenTests];
  return { source: code, tests: { kind: "asserts", asserts }, limits: { timeMs: timeLimitMs }, seed };
}

/** A judged submission as the candidate may see it: hidden tests are counted, never shown. */
export interface CandidateResult {
  verdict: JudgeResult["verdict"];
  passed: number;
  total: number;
  /** Visible tests in full. */
  visible: TestResult[];
  /** Hidden tests: how many passed, and the first failing one's number and verdict (no source, no values). */
  hidden: { passed: number; total: number; firstFailure: { number: number; verdict: TestResult["verdict"] } | null };
  timeMs: number;
  peakMemoryBytes: number;
  stdout: string;
  stderr: string;
  outputTruncated: boolean;
  error?: JudgeResult["error"];
}

/**
 * Redacts a judge result for the candidate: visible tests in full; of hidden tests only counts
 * and the first failure's position and verdict, so hidden tests cannot be read back. A submission
 * also gets no stdout/stderr (the code could print the hidden tests' inputs); a run gets both.
 */
export function toCandidateResult(result: JudgeResult, visibleCount: number, hiddenCount: number, mode: SubmissionMode = "submit"): CandidateResult {
  const visible = result.tests.filter((t) => t.index < visibleCount);
  const hiddenRun = result.tests.filter((t) => t.index >= visibleCount);
  const firstFail = hiddenRun.find((t) => t.verdict !== "Accepted");
  // An error raised while a hidden test ran could quote that test: keep only its position.
  const e = result.error;
  const inHidden = e !== undefined && e.testIndex !== undefined && e.testIndex >= visibleCount;
  const redactedError = e && inHidden ? { message: `${firstFail?.verdict ?? result.verdict} on hidden test ${(e.testIndex ?? visibleCount) - visibleCount + 1}` } : e;
  return {
    verdict: result.verdict,
    passed: result.passed,
    total: result.total,
    visible,
    hidden: {
      passed: hiddenRun.filter((t) => t.verdict === "Accepted").length,
      total: hiddenCount,
      firstFailure: firstFail ? { number: firstFail.index - visibleCount + 1, verdict: firstFail.verdict } : null,
    },
    timeMs: result.timeMs,
    peakMemoryBytes: result.peakMemoryBytes,
    stdout: mode === "run" ? result.stdout : "",
    stderr: mode === "run" ? result.stderr : "",
    outputTruncated: result.outputTruncated,
    ...(redactedError ? { error: redactedError } : {}),
  };
}
