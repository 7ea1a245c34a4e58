/**
 * Glue between our question bank and the grader: idf documents from question files, and the
 * lookup of a question by title or slug so its rubric can be used.
 */
import type { QuestionFile } from "../content/question-file";
import type { RubricPoint } from "./types";

/** The text of one question as an idf document: title, summary, answer, rubric points and aliases. */
export function questionDocument(q: Pick<QuestionFile, "title" | "summary" | "answerMd" | "rubric">): string {
  return [q.title, q.summary, q.answerMd, ...q.rubric.flatMap((p) => [p.point, ...p.aliases])].join("\n");
}

/** What the grader needs from a bank question. */
export interface BankQuestion {
  slug: string;
  title: string;
  summary: string;
  rubric: RubricPoint[];
}

const fold = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

/**
 * Finds a bank question by its title (case and spacing ignored) or slug.
 * @returns a lookup function; undefined when no question matches
 */
export function bankLookup(questions: readonly BankQuestion[]): (titleOrSlug: string) => BankQuestion | undefined {
  const byKey = new Map<string, BankQuestion>();
  for (const q of questions) {
    byKey.set(fold(q.title), q);
    byKey.set(q.slug, q);
  }
  return (key) => byKey.get(fold(key)) ?? byKey.get(key.trim());
}
