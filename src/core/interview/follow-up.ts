/**
 * Follow-up questions: when an answer misses essential key points, the interviewer asks about
 * them once, as an interviewer would ("You did not mention …").
 */
import type { GradeResult, RubricPoint } from "../grading/types";

export interface FollowUp {
  prompt: string;
  /** The rubric points the follow-up is graded against (the missed ones). */
  rubric: RubricPoint[];
}

/**
 * The follow-up for a graded answer, or null when none is needed: only when the score is below
 * 4 of 5, the answer was on topic (not irrelevant / non-domain), and at least one key point of
 * weight ≥ 2 was missing. Asks about at most two missed points, heaviest first.
 */
export function followUpFor(title: string, rubric: readonly RubricPoint[] | undefined, grade: GradeResult): FollowUp | null {
  if (!rubric?.length || grade.score >= 4 || grade.label === "irrelevant" || grade.label === "non_domain") return null;
  const missed = grade.points
    .filter((p) => p.status === "missing" && p.weight >= 2)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 2)
    .map((p) => rubric[p.index])
    .filter((p): p is RubricPoint => Boolean(p));
  if (missed.length === 0) return null;
  const topic = missed.map((p) => lowerFirst(p.point.replace(/\.$/, ""))).join("; and ");
  return {
    prompt: `A follow-up on “${title}”: your answer did not get to this point — ${topic}. Can you explain ${missed.length > 1 ? "them" : "it"}?`,
    rubric: missed.map((p) => ({ ...p, weight: Math.max(1, p.weight) })),
  };
}

const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);
