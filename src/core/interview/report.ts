/** The final report of a mock interview, computed from its graded turns. */
import type { Level } from "../bank/levels";
import { levelForAbility } from "./ability";

export interface ReportTurn {
  questionId: number;
  slug: string;
  title: string;
  level: Level;
  topics: string[];
  kind: "question" | "follow_up";
  /** 0–5. */
  score: number;
  label: string;
  /** θ after this answer (main questions only). */
  thetaAfter: number | null;
}

export interface InterviewReport {
  /** Mean score of main questions, 0–5. */
  overall: number;
  questions: number;
  followUps: number;
  theta: number;
  thetaSe: number;
  /** The level whose difficulty is nearest the final θ. */
  estimatedLevel: Level;
  /** θ before the first answer, then after each main answer. */
  abilitySeries: number[];
  byTopic: { topic: string; mean: number; count: number }[];
  byLevel: { level: Level; mean: number; count: number }[];
  strongest: string[];
  weakest: string[];
  /** Questions to add to the review queue: weak answers first. */
  practiceNext: { slug: string; title: string; score: number }[];
}

function groupMean<K extends string>(items: { key: K; score: number }[]): { key: K; mean: number; count: number }[] {
  const m = new Map<K, { sum: number; count: number }>();
  for (const i of items) {
    const g = m.get(i.key) ?? { sum: 0, count: 0 };
    g.sum += i.score;
    g.count += 1;
    m.set(i.key, g);
  }
  return [...m].map(([key, g]) => ({ key, mean: g.sum / g.count, count: g.count }));
}

/** Builds the report. `startTheta` is the prior mean; `theta`/`se` the final estimate. */
export function buildReport(turns: readonly ReportTurn[], startTheta: number, theta: number, se: number): InterviewReport {
  const main = turns.filter((t) => t.kind === "question");
  const overall = main.length ? main.reduce((s, t) => s + t.score, 0) / main.length : 0;
  const byTopic = groupMean(turns.flatMap((t) => t.topics.map((topic) => ({ key: topic, score: t.score }))))
    .map((g) => ({ topic: g.key, mean: g.mean, count: g.count }))
    .sort((a, b) => b.mean - a.mean || a.topic.localeCompare(b.topic));
  const byLevel = groupMean(main.map((t) => ({ key: t.level, score: t.score }))).map((g) => ({ level: g.key, mean: g.mean, count: g.count }));
  const order: Level[] = ["Entry", "Junior", "Mid", "Senior", "Expert"];
  byLevel.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  const strongest = byTopic.filter((t) => t.mean >= 3.5).slice(0, 3).map((t) => t.topic);
  const weakest = [...byTopic].reverse().filter((t) => t.mean < 3).slice(0, 3).map((t) => t.topic);
  const worst = new Map<string, { slug: string; title: string; score: number }>();
  for (const t of turns) {
    if (t.score >= 3.5) continue;
    const prev = worst.get(t.slug);
    if (!prev || t.score < prev.score) worst.set(t.slug, { slug: t.slug, title: t.title, score: t.score });
  }
  return {
    overall,
    questions: main.length,
    followUps: turns.length - main.length,
    theta,
    thetaSe: se,
    estimatedLevel: levelForAbility(theta),
    abilitySeries: [startTheta, ...main.map((t) => t.thetaAfter ?? startTheta)],
    byTopic,
    byLevel,
    strongest,
    weakest,
    practiceNext: [...worst.values()].sort((a, b) => a.score - b.score),
  };
}
