import { describe, expect, it } from "vitest";
import { applyCalibration, DEFAULT_CALIBRATION, fitCalibration } from "../../../src/core/grading/calibration";
import { pearson, quadraticWeightedKappa, rmse } from "../../../src/core/grading/metrics";

describe("metrics", () => {
  it("computes Pearson's r (by hand: 6 / sqrt(10 × 6) = 0.7746)", () => {
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(0.774597, 5);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNaN();
  });

  it("computes RMSE (by hand: sqrt((1 + 4) / 2))", () => {
    expect(rmse([0, 5], [1, 3])).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(rmse([2, 2], [2, 2])).toBe(0);
  });

  it("computes quadratic weighted kappa (by hand: 1 − 0.25 / 1.25 = 0.8)", () => {
    expect(quadraticWeightedKappa([0, 1, 2], [0, 2, 2], 2)).toBeCloseTo(0.8, 12);
    expect(quadraticWeightedKappa([0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 4, 5], 5)).toBe(1);
  });

  it("agrees with the textbook formula on a second hand-worked case", () => {
    // Observed weighted disagreement: two off-by-one pairs → 2. Expected: Σ (i−j)² · hA(i) · hB(j) / n
    // with both histograms {1:1, 2:2, 3:2, 4:1} → 66 / 6 = 11. κ = 1 − 2/11. (Weights' 1/max² cancels.)
    expect(quadraticWeightedKappa([1, 2, 3, 4, 3, 2], [1, 3, 3, 4, 2, 2], 5)).toBeCloseTo(1 - 2 / 11, 12);
  });

  it("rounds and clips fractional predictions to 0..max before comparing", () => {
    expect(quadraticWeightedKappa([0, 5, 3], [-1.2, 7, 2.6], 5)).toBe(1);
  });

  it("refuses unpaired, empty or badly scaled input", () => {
    expect(() => pearson([1], [1, 2])).toThrow(RangeError);
    expect(() => rmse([], [])).toThrow(/at least one pair/);
    expect(() => quadraticWeightedKappa([1], [1], 0)).toThrow(/positive integer/);
  });
});

describe("calibration", () => {
  it("recovers a known linear map by least squares", () => {
    const pairs = [0, 0.2, 0.5, 0.8, 1].map((raw) => ({ raw, human: 5 * (0.1 + 0.8 * raw) }));
    const c = fitCalibration(pairs, 5);
    expect(c.intercept).toBeCloseTo(0.1, 10);
    expect(c.slope).toBeCloseTo(0.8, 10);
    expect(applyCalibration(0.5, c, 5)).toBeCloseTo(2.5, 10);
  });

  it("clips calibrated scores to 0..max", () => {
    expect(applyCalibration(1, { intercept: 0.5, slope: 1 }, 5)).toBe(5);
    expect(applyCalibration(0, { intercept: -0.2, slope: 1 }, 5)).toBe(0);
  });

  it("keeps the default slope when raw scores do not vary, matching the mean", () => {
    const c = fitCalibration([{ raw: 0.5, human: 3 }, { raw: 0.5, human: 1 }], 5);
    expect(c.slope).toBe(DEFAULT_CALIBRATION.slope);
    expect(applyCalibration(0.5, c, 5)).toBeCloseTo(2, 10);
  });
});
