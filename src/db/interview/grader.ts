/**
 * The grader the app uses: the offline rubric grader with idf over the bank in this database,
 * or, when PYPREP_LLM_BASE_URL and PYPREP_LLM_MODEL are set, the LLM grader with the offline one
 * as its fallback.
 */
import { sql } from "drizzle-orm";
import { createGradingContext, createLlmGrader, gradeAnswer, parseLlmGraderEnv, questionDocument } from "../../core/grading";
import type { RubricPoint } from "../../core/grading/types";
import type { Db } from "../client";
import { jsonValue, rows } from "../queries/rows";
import type { Grader } from "./interviews";

/**
 * Builds a grader over the questions in `db` (≈2–3 s for our 315 questions: do it once).
 * @throws Error when the LLM variables are set but invalid
 */
export async function createBankGrader(db: Db, env: Record<string, string | undefined> = process.env): Promise<Grader> {
  const docs = await rows<{ title: string; quick_summary: string; answer_md: string; rubric: RubricPoint[] | string | null }>(
    db,
    sql`SELECT title, quick_summary, answer_md, rubric FROM questions WHERE status = 'published'`,
  );
  const ctx = createGradingContext({
    documents: docs.map((d) =>
      questionDocument({ title: d.title, summary: d.quick_summary, answerMd: d.answer_md, rubric: jsonValue<RubricPoint[] | null>(d.rubric) ?? [] }),
    ),
  });
  const llm = parseLlmGraderEnv(env);
  if (llm) {
    const grader = createLlmGrader({ ...llm, offline: ctx });
    return (input) => grader.grade(input);
  }
  return async (input) => gradeAnswer(input, ctx);
}
