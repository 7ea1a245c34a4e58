/**
 * The linear map from the grader's raw score (0–1) to the score scale:
 * `score = clip(max × (intercept + slope × raw), 0, max)`. Parameters are in units of the
 * scale's maximum, so one fit serves 0–5 and 0–10 scales alike.
 */

/** Calibration parameters (fractions of the maximum score). */
export interface Calibration {
  intercept: number;
  slope: number;
}

/**
 * Default calibration, `score = 5 × (0.16 + 0.95 × raw)` on 0–5: the least-squares fits on each
 * half of content/grading-dev agreed on it (dev-a: 0.164 / 0.948; dev-b: 0.161 / 0.960).
 * Refit for a new population with {@link fitCalibration}. Irrelevant and non-domain answers
 * score 0 whatever the calibration.
 */
export const DEFAULT_CALIBRATION: Calibration = { intercept: 0.16, slope: 0.95 };

/** A raw grader score (0–1) and the human score for the same answer (0–max). */
export interface CalibrationPair {
  raw: number;
  human: number;
}

/**
 * Fits intercept and slope by ordinary least squares of `human / max` on `raw`.
 * With fewer than two pairs, or raw scores that do not vary, returns the default slope with the
 * intercept that matches the mean.
 * @param max the top of the human scale (5 for 0–5)
 * @throws RangeError when `max` is not positive
 */
export function fitCalibration(pairs: readonly CalibrationPair[], max = 5): Calibration {
  if (!(max > 0)) throw new RangeError(`max must be positive, got ${max}`);
  const n = pairs.length;
  if (n === 0) return { ...DEFAULT_CALIBRATION };
  const xs = pairs.map((p) => p.raw);
  const ys = pairs.map((p) => p.human / max);
  const mx = xs.reduce((s, v) => s + v, 0) / n;
  const my = ys.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
  }
  if (n < 2 || sxx < 1e-12) return { intercept: my - DEFAULT_CALIBRATION.slope * mx, slope: DEFAULT_CALIBRATION.slope };
  const slope = sxy / sxx;
  return { intercept: my - slope * mx, slope };
}

/** Applies a calibration: raw (0–1) → score on 0–max, clipped. */
export function applyCalibration(raw: number, calibration: Calibration, max = 5): number {
  const v = max * (calibration.intercept + calibration.slope * raw);
  return Math.min(max, Math.max(0, v));
}
