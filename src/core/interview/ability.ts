/**
 * Ability estimation for adaptive mock interviews, with a Rasch (one-parameter logistic) model.
 *
 * Each answer gets a 0–5 score; we use s = score / 5 as a fractional outcome with
 * P(success | θ, b) = σ(θ − b) (G. Rasch, "Probabilistic Models for Some Intelligence and
 * Attainment Tests", 1960). The ability θ is the Bayes modal (MAP) estimate under a normal prior
 * N(μ₀, 1) (R. D. Bock & R. J. Mislevy, "Adaptive EAP estimation of ability in a microcomputer
 * environment", Applied Psychological Measurement 6(4), 1982, for the Bayesian approach),
 * found by Newton–Raphson on the log-posterior
 *   ℓ(θ) = Σ [sᵢ·log σ(θ−bᵢ) + (1−sᵢ)·log(1−σ(θ−bᵢ))] − (θ−μ₀)²/2.
 * The standard error is 1/√(Σ pᵢ(1−pᵢ) + 1) (test information plus the prior's).
 *
 * Item difficulty b comes from the question's level on the logit scale (see LEVEL_DIFFICULTY);
 * there is no response data to calibrate items yet, so this is a documented assumption.
 */
import type { Level } from "../bank/levels";

/** Item difficulty b (logits) per question level. */
export const LEVEL_DIFFICULTY: Record<Level, number> = { Entry: -2, Junior: -1, Mid: 0, Senior: 1, Expert: 2 };

/** Where θ starts for a target level (the prior mean μ₀). */
export const TARGET_PRIOR: Record<"Junior" | "Mid" | "Senior", number> = { Junior: -1, Mid: 0, Senior: 1 };

/** One graded answer: the item's difficulty b and the score as a fraction 0–1. */
export interface Response {
  b: number;
  s: number;
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Probability of success (expected fraction of the score) at ability θ on an item of difficulty b. */
export function successProbability(theta: number, b: number): number {
  return sigmoid(theta - b);
}

/** Fisher information p(1−p) of an item at θ: how much an answer to it tells about θ. */
export function itemInformation(theta: number, b: number): number {
  const p = sigmoid(theta - b);
  return p * (1 - p);
}

/**
 * The MAP ability estimate and its standard error.
 * @param responses graded answers so far (may be empty: the prior mean is returned)
 * @param priorMean μ₀, the target level's θ
 */
export function estimateAbility(responses: readonly Response[], priorMean = 0): { theta: number; se: number } {
  let theta = priorMean;
  for (let i = 0; i < 50; i++) {
    let gradient = -(theta - priorMean);
    let information = 1;
    for (const r of responses) {
      const p = sigmoid(theta - r.b);
      gradient += r.s - p;
      information += p * (1 - p);
    }
    const step = gradient / information;
    theta += Math.max(-1, Math.min(1, step));
    if (Math.abs(step) < 1e-6) break;
  }
  theta = Math.max(-4, Math.min(4, theta));
  let information = 1;
  for (const r of responses) information += itemInformation(theta, r.b);
  return { theta, se: 1 / Math.sqrt(information) };
}

/** The level whose difficulty is nearest θ (for "you answered like a Senior candidate"). */
export function levelForAbility(theta: number): Level {
  let best: Level = "Mid";
  for (const [level, b] of Object.entries(LEVEL_DIFFICULTY) as [Level, number][]) {
    if (Math.abs(theta - b) < Math.abs(theta - LEVEL_DIFFICULTY[best])) best = level;
  }
  return best;
}
