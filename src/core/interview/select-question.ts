/**
 * Picks the next interview question: the most informative item at the current ability
 * (maximum Fisher information, the standard rule of computerized adaptive testing; W. J. van der
 * Linden & C. A. W. Glas, "Elements of Adaptive Testing", 2010, ch. 1), balanced over topics so
 * that a session covers the chosen focus, with a seeded tie-break.
 */
import type { Level } from "../bank/levels";
import { itemInformation, LEVEL_DIFFICULTY } from "./ability";

export interface Candidate {
  id: number;
  level: Level;
  topics: string[];
}

export interface SelectOptions {
  theta: number;
  /** Ids already asked (never asked twice). */
  asked: ReadonlySet<number>;
  /** How many times each topic was asked so far. */
  topicCounts: ReadonlyMap<string, number>;
  /** Seed for tie-breaks (e.g. the interview id's first 8 hex digits as a number). */
  seed: number;
}

/** A small deterministic hash → 0–1 (tie-break noise that differs per interview and item). */
function jitter(seed: number, id: number): number {
  let h = (seed ^ Math.imul(id, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

/**
 * The best next question, or null when every candidate was asked. Two stages, as in content-
 * balanced adaptive testing (G. G. Kingsbury & A. R. Zara, "Procedures for selecting items for
 * computerized adaptive tests", Applied Measurement in Education 2(4), 1989): first the
 * difficulty with the most information at θ among unasked items, then, among items of that
 * difficulty, the one whose topics were asked least, ties broken by a seeded hash.
 */
export function selectNextQuestion(candidates: readonly Candidate[], options: SelectOptions): Candidate | null {
  const open = candidates.filter((c) => !options.asked.has(c.id));
  if (open.length === 0) return null;
  const bestInfo = Math.max(...open.map((c) => itemInformation(options.theta, LEVEL_DIFFICULTY[c.level])));
  const band = open.filter((c) => itemInformation(options.theta, LEVEL_DIFFICULTY[c.level]) >= bestInfo - 1e-9);
  let best: Candidate | null = null;
  let bestScore = Infinity;
  for (const c of band) {
    const repeats = c.topics.reduce((n, t) => n + (options.topicCounts.get(t) ?? 0), 0) / Math.max(1, c.topics.length);
    const score = repeats + 0.5 * jitter(options.seed, c.id);
    if (score < bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
