/** Shapes shared by the offline grader, the LLM grader and the evaluation harness. */
import type { RubricPoint } from "../content/question-file";

export type { RubricPoint };

/** What is graded: one candidate answer to one question. */
export interface GradeInput {
  question: string;
  /** Our answer, plain text or Markdown. */
  referenceAnswer: string;
  /** Key points from the question file; absent → reference-only mode. */
  rubric?: RubricPoint[];
  /** The candidate's answer, exactly as typed (evidence offsets index into it). */
  answer: string;
}

/** A stretch of the candidate's answer: UTF-16 offsets into `GradeInput.answer`, `text` = `answer.slice(start, end)`. */
export interface EvidenceSpan {
  start: number;
  end: number;
  text: string;
}

/** SemEval-2013 Task 7 five-way answer labels. */
export type GradeLabel = "correct" | "partially_correct_incomplete" | "contradictory" | "irrelevant" | "non_domain";
export const GRADE_LABELS: readonly GradeLabel[] = ["correct", "partially_correct_incomplete", "contradictory", "irrelevant", "non_domain"];

export type PointStatus = "covered" | "partial" | "missing";

/** The verdict on one key point. */
export interface PointResult {
  /** Index in the rubric (or in the reference's sentences, in reference-only mode). */
  index: number;
  point: string;
  weight: number;
  status: PointStatus;
  /** Match strength 0–1 after the negation check. */
  match: number;
  /** The answer states this point negated (e.g. "X does not …" where the point says "X …"); the match was discounted. */
  negated: boolean;
  /** Where the answer makes (or negates) the point; absent when missing. */
  evidence?: EvidenceSpan;
}

/** A wrong statement caught in the answer. */
export interface MisconceptionResult {
  /** The rubric point the misconception belongs to (-1 for a negated key point found by the grader). */
  pointIndex: number;
  /** The rubric's regex source, or "negated-point". */
  pattern: string;
  correction: string;
  evidence: EvidenceSpan;
  /** The answer denies the misconception ("it is a myth that …", "the GIL does not …"): not counted as wrong. */
  negated: boolean;
}

/** Plain English sentences for the candidate. */
export interface GradeFeedback {
  good: string[];
  missing: string[];
  wrong: string[];
  /** Where to read more: our answer. */
  pointer: string;
}

/** Answer-level features the raw score is built from (all 0–1 unless stated). */
export interface GradeFeatures {
  /** Weighted share of key points made. */
  coverage: number;
  /** idf-weighted share of the reference's words the answer uses. */
  recall: number;
  /** idf-weighted share of the answer's words found in the question, reference or rubric. */
  precision: number;
  /** tf-idf cosine similarity of answer and reference. */
  cosine: number;
  /** Content words in the answer (a count). */
  contentWords: number;
  /** Share of the answer's content words known to the bank's vocabulary or the question. */
  domainRatio: number;
  /** min(1, answer length / expected length) in content words. */
  lengthRatio: number;
}

/** The result of grading one answer. */
export interface GradeResult {
  /** Who graded: the offline grader, the LLM, or the offline grader after the LLM failed. */
  source: "offline" | "llm" | "offline-fallback";
  /** Why the LLM result was not used (only with `offline-fallback`). */
  fallbackReason?: string;
  /** "rubric" when key points came from the rubric, "reference" when derived from the reference answer. */
  mode: "rubric" | "reference";
  label: GradeLabel;
  /** 0–maxScore, two decimals. */
  score: number;
  /** `score` rounded to an integer. */
  scoreRounded: number;
  maxScore: number;
  /** The grader's score before calibration, 0–1 (0 for irrelevant and non-domain answers). */
  raw: number;
  points: PointResult[];
  misconceptions: MisconceptionResult[];
  features: GradeFeatures;
  feedback: GradeFeedback;
}
