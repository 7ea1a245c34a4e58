/**
 * The evaluation harness: grades human-scored answers and reports agreement (Pearson r, RMSE,
 * QWK) and latency, optionally with a calibration fitted on a separate set.
 */
import { applyCalibration, fitCalibration, type Calibration } from "./calibration";
import { pearson, quadraticWeightedKappa, rmse } from "./metrics";
import type { ScoredAnswer } from "./parse-scored-answers";
import type { GradeResult } from "./types";

/** Grades one scored answer (the caller picks rubric or reference-only mode). */
export type GradeScoredAnswer = (row: ScoredAnswer) => GradeResult;

export interface EvaluateGraderOptions {
  rows: readonly ScoredAnswer[];
  grade: GradeScoredAnswer;
  /** Top of the human scale (an integer for QWK). */
  max: number;
  /** Rows to fit the calibration on (never the evaluated rows); absent → the grader's own scores. */
  fitRows?: readonly ScoredAnswer[];
  onProgress?: (done: number, total: number) => void;
}

export interface EvaluatedRow {
  line: number;
  human: number;
  predicted: number;
  label: GradeResult["label"];
  mode: GradeResult["mode"];
  raw: number;
  ms: number;
}

export interface EvaluationReport {
  count: number;
  pearson: number;
  rmse: number;
  qwk: number;
  /** Grading latency per answer, ms (nearest-rank percentiles). */
  latencyMs: { p50: number; p95: number; max: number };
  /** The calibration fitted on `fitRows`, when given. */
  calibration?: Calibration;
  /** Answers graded with a bank rubric / from the reference alone. */
  modes: { rubric: number; reference: number };
  rows: EvaluatedRow[];
}

/** Nearest-rank percentile (p in 0–100) of unsorted values; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/**
 * Grades every row, then compares with the human scores. With `fitRows`, the calibration is
 * fitted on those rows' raw scores only and applied to the evaluated rows' raw scores
 * (answers labelled irrelevant or non-domain keep 0).
 * @throws RangeError when `rows` is empty
 */
export function evaluateGrader({ rows, grade, max, fitRows, onProgress }: EvaluateGraderOptions): EvaluationReport {
  if (rows.length === 0) throw new RangeError("no rows to evaluate");
  let calibration: Calibration | undefined;
  const total = rows.length + (fitRows?.length ?? 0);
  let done = 0;
  if (fitRows && fitRows.length > 0) {
    const pairs = fitRows.map((r) => {
      const g = grade(r);
      onProgress?.(++done, total);
      return { raw: g.raw, human: r.score };
    });
    calibration = fitCalibration(pairs, max);
  }
  const out: EvaluatedRow[] = rows.map((r) => {
    const t = performance.now();
    const g = grade(r);
    const ms = performance.now() - t;
    onProgress?.(++done, total);
    const predicted = calibration ? (g.raw === 0 ? 0 : applyCalibration(g.raw, calibration, max)) : g.score;
    return { line: r.line, human: r.score, predicted, label: g.label, mode: g.mode, raw: g.raw, ms };
  });
  const human = out.map((r) => r.human);
  const pred = out.map((r) => r.predicted);
  const ms = out.map((r) => r.ms);
  return {
    count: out.length,
    pearson: pearson(pred, human),
    rmse: rmse(pred, human),
    qwk: quadraticWeightedKappa(human, pred, Math.round(max)),
    latencyMs: { p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) },
    ...(calibration ? { calibration } : {}),
    modes: { rubric: out.filter((r) => r.mode === "rubric").length, reference: out.filter((r) => r.mode === "reference").length },
    rows: out,
  };
}
