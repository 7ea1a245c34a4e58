import { sql } from "drizzle-orm";
import type { CodeExample, QuestionDetail, QuestionSource } from "../../core/bank/types";
import type { Db } from "../client";
import { iso, rows } from "./rows";
import { SUMMARY_COLUMNS, toSummary, type SummaryRow } from "./search-questions";

interface DetailRow extends SummaryRow {
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
 * A published question with its sources and up to 6 related questions: explicit links first, then
 * the questions sharing most topics at the same or a neighbouring level, then by title similarity.
 * @returns null when no published question has that slug
 */
export async function getQuestionBySlug(db: Db, slug: string): Promise<QuestionDetail | null> {
  const [row] = await rows<DetailRow>(
    db,
    sql`SELECT ${SUMMARY_COLUMNS}, q.answer_md, q.code_examples, q.status, q.created_at, q.reviewed_at, q.reviewed_by
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
      sql`SELECT ${SUMMARY_COLUMNS} FROM questions q JOIN levels l ON l.name = q.level
          LEFT JOIN question_relations r ON r.related_id = q.id AND r.question_id = ${row.id}
          WHERE q.id <> ${row.id} AND q.status = 'published'
            AND (r.question_id IS NOT NULL OR EXISTS (SELECT 1 FROM question_topics a JOIN question_topics b ON a.topic_id = b.topic_id WHERE a.question_id = q.id AND b.question_id = ${row.id}))
          ORDER BY r.position NULLS LAST,
            (SELECT count(*) FROM question_topics a JOIN question_topics b ON a.topic_id = b.topic_id WHERE a.question_id = q.id AND b.question_id = ${row.id}) DESC,
            abs(l.rank - (SELECT rank FROM levels WHERE name = ${row.level})),
            similarity(q.title, ${row.title}) DESC, q.id
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
