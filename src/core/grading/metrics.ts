/**
 * Agreement between grader scores and human scores: Pearson's r, RMSE and quadratic weighted
 * kappa, the three figures short-answer grading papers report (Mohler et al. 2011; the Kaggle
 * ASAP competition used QWK).
 */

function checkPaired(a: readonly number[], b: readonly number[]): void {
  if (a.length !== b.length) throw new RangeError(`expected paired values, got ${a.length} and ${b.length}`);
  if (a.length === 0) throw new RangeError("expected at least one pair of values");
}

/**
 * Pearson's product-moment correlation coefficient, −1..1.
 * Returns NaN when either side has no variance (r is undefined there).
 * @throws RangeError when the arrays differ in length or are empty
 * @see K. Pearson (1895), "Notes on regression and inheritance in the case of two parents"
 */
export function pearson(x: readonly number[], y: readonly number[]): number {
  checkPaired(x, y);
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return Number.NaN;
  return sxy / Math.sqrt(sxx * syy);
}

/**
 * Root-mean-square error between predictions and truth, in the scores' own units (points on 0–5).
 * @throws RangeError when the arrays differ in length or are empty
 */
export function rmse(predicted: readonly number[], actual: readonly number[]): number {
  checkPaired(predicted, actual);
  let s = 0;
  for (let i = 0; i < predicted.length; i++) s += (predicted[i]! - actual[i]!) ** 2;
  return Math.sqrt(s / predicted.length);
}

/**
 * Quadratic weighted kappa (Cohen 1968) between integer ratings on 0..max: 1 is perfect agreement,
 * 0 is chance, negative is worse than chance. Both sides are rounded to the nearest integer and
 * clipped to 0..max first (so fractional grader scores can be passed as they are). Weights are
 * `(i − j)² / max²`; expected counts come from the outer product of the two rating histograms.
 * Returns 1 when both raters give one and the same rating to everything, NaN when the expected
 * disagreement is 0 otherwise. Same as the ASAP competition's reference implementation with the
 * rating range fixed to 0..max; scikit-learn's `cohen_kappa_score(weights="quadratic")` gives the
 * same value when the ratings that occur form a run of consecutive integers.
 * @param max the top rating (5 for 0–5); must be a positive integer
 * @throws RangeError on unpaired or empty input, or a bad `max`
 * @see J. Cohen (1968), "Weighted kappa: Nominal scale agreement with provision for scaled disagreement or partial credit", Psychological Bulletin 70(4)
 */
export function quadraticWeightedKappa(rater: readonly number[], predicted: readonly number[], max = 5): number {
  checkPaired(rater, predicted);
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`max must be a positive integer, got ${max}`);
  const k = max + 1;
  const clip = (v: number) => Math.min(max, Math.max(0, Math.round(v)));
  const a = rater.map(clip);
  const b = predicted.map(clip);
  const n = a.length;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const ha = new Array<number>(k).fill(0);
  const hb = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i++) {
    observed[a[i]!]![b[i]!]!++;
    ha[a[i]!]!++;
    hb[b[i]!]!++;
  }
  let num = 0;
  let den = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = (i - j) ** 2 / (max * max);
      num += w * observed[i]![j]!;
      den += (w * ha[i]! * hb[j]!) / n;
    }
  }
  if (den === 0) return num === 0 ? 1 : Number.NaN;
  return 1 - num / den;
}
