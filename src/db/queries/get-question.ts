import { sql } from "drizzle-orm";
import type { CodeExample, QuestionDetail, QuestionSource } from "../../core/bank/types";
import type { Db } from "../client";
import { iso, rows } from "./rows";
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from "./search-questions";

interface DetailRow extends SummaryRow {
  rubric: { point: string; weight: number }[] | string;
  level_rank: number;
  answer_md: string;
  code_examples: CodeExample[] | string;
  status: string;
  created_at: unknown;
  reviewed_at: unknown;
  reviewed_by: string | null;
}

/** Reading time at 200 words per minute, at least 1 minute. */
export function readingTimeMinutes(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / 200));
}

/**
 * A published question with its sources and up to 6 related questions: explicit links first (in
 * their order), then the questions sharing most topics, nearest in level first.
 * @returns null when no published question has that slug
 */
export async function getQuestionBySlug(db: Db, slug: string): Promise<QuestionDetail | null> {
  const [row] = await rows<DetailRow>(
    db,
    sql`SELECT ${SUMMARY_COLUMNS}, q.level_rank, q.rubric, q.answer_md, q.code_examples, q.status, q.created_at, q.reviewed_at, q.reviewed_by
        FROM questions q WHERE q.slug = ${slug} AND q.status = 'published'`,
  );
  if (!row) return null;
  const [sources, related] = await Promise.all([
    rows<{ page: string; page_title: string; position: number; line: number; original_title: string; level_label: string; answer_md: string; quick_summary: string | null }>(
      db,
      sql`SELECT page, page_title, position, line, original_title, level_label, answer_md, quick_summary FROM question_sources WHERE question_id = ${row.id} ORDER BY id`,
    ),
    rows<SummaryRow>(
      db,
      sql`WITH mine AS (SELECT topic_id FROM question_topics WHERE question_id = ${row.id}),
          candidates AS (
            SELECT qt.question_id AS id, count(*)::int AS score FROM question_topics qt JOIN mine USING (topic_id)
            WHERE qt.question_id <> ${row.id} GROUP BY qt.question_id
            UNION ALL
            SELECT related_id, 1000 - position FROM question_relations WHERE question_id = ${row.id}
          ),
          best AS (SELECT id, max(score) AS score FROM candidates GROUP BY id)
          SELECT ${SUMMARY_COLUMNS} FROM best b JOIN questions q ON q.id = b.id
          WHERE q.status = 'published'
          ORDER BY b.score DESC, abs(q.level_rank - ${row.level_rank}), q.id
          LIMIT 6`,
    ),
  ]);
  const codeExamples = typeof row.code_examples === "string" ? (JSON.parse(row.code_examples) as CodeExample[]) : row.code_examples;
  const mapped: QuestionSource[] = sources.map((s) => ({
    page: s.page,
    pageTitle: s.page_title,
    position: s.position,
    line: s.line,
    originalTitle: s.original_title,
    levelLabel: s.level_label,
    answerMd: s.answer_md,
    quickSummary: s.quick_summary,
  }));
  return {
    ...toSummary(row),
    answerMd: row.answer_md,
    keyPoints: (typeof row.rubric === "string" ? (JSON.parse(row.rubric) as { point: string; weight: number }[]) : row.rubric)
      .map((r) => ({ point: r.point, weight: r.weight }))
      .sort((a, b) => b.weight - a.weight),
    codeExamples,
    sources: mapped,
    related: related.map(toSummary),
    status: row.status,
    createdAt: iso(row.created_at),
    reviewedAt: row.reviewed_at ? iso(row.reviewed_at) : null,
    reviewedBy: row.reviewed_by,
    readingTimeMinutes: readingTimeMinutes(`${row.quick_summary} ${row.answer_md}`),
  };
}
