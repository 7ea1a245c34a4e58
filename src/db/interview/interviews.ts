/**
 * Mock interviews: start, ask, grade, adapt, report. The adaptive rules live in core/interview;
 * grading is passed in (offline rubric grader, or the LLM grader with offline fallback).
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Level } from "../../core/bank/levels";
import { AppError } from "../../core/errors";
import type { GradeInput, GradeResult, RubricPoint } from "../../core/grading/types";
import { estimateAbility, LEVEL_DIFFICULTY, TARGET_PRIOR } from "../../core/interview/ability";
import { followUpFor } from "../../core/interview/follow-up";
import { buildReport, type InterviewReport, type ReportTurn } from "../../core/interview/report";
import { selectNextQuestion, type Candidate } from "../../core/interview/select-question";
import { createScheduler } from "../../core/practice/scheduler";
import type { Db } from "../client";
import { iso, jsonValue, rows } from "../queries/rows";
import { cards, interviews, interviewTurns } from "../schema";

/** Grades one answer (async so that an LLM grader fits). */
export type Grader = (input: GradeInput) => Promise<GradeResult>;

/** How an interview is set up. */
export interface InterviewConfig {
  level: "Junior" | "Mid" | "Senior";
  /** Main questions to ask (follow-ups come on top), 1–30. */
  questions: number;
  /** Optional time limit in minutes, 1–180. */
  minutes?: number | undefined;
  /** Focus: any of these topics, or a curated set, or a company set. */
  topics?: string[] | undefined;
  set?: string | undefined;
  company?: string | undefined;
  /** Feedback after each answer, or only at the end. */
  feedback: "each" | "end";
  /** Ask a follow-up when essential points were missed (default true). */
  followUps?: boolean | undefined;
}

export interface TurnView {
  position: number;
  kind: "question" | "follow_up";
  prompt: string;
  slug: string;
  title: string;
  level: Level;
  topics: string[];
  answer: string | null;
  grade: GradeResult | null;
  score: number | null;
  thetaAfter: number | null;
  askedAt: string;
}

export interface InterviewView {
  id: string;
  config: InterviewConfig;
  status: "active" | "finished";
  theta: number;
  thetaSe: number;
  startedAt: string;
  finishedAt: string | null;
  deadline: string | null;
  turns: TurnView[];
  /** The unanswered turn, when active. */
  current: TurnView | null;
  report: InterviewReport | null;
}

interface QuestionRow {
  id: number;
  slug: string;
  title: string;
  level: Level;
  quick_summary: string;
  answer_md: string;
  rubric: RubricPoint[] | string | null;
  topics: string[] | null;
}

const parseRubric = (r: QuestionRow["rubric"]): RubricPoint[] | undefined => {
  const v = jsonValue<RubricPoint[] | null>(r);
  return v && v.length ? v : undefined;
};

const QUESTION_COLUMNS = sql`q.id, q.slug, q.title, q.level, q.quick_summary, q.answer_md, q.rubric,
  (SELECT array_agg(t.slug ORDER BY t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id) AS topics`;

async function candidatePool(db: Db, config: InterviewConfig): Promise<Candidate[]> {
  // Questions without a rubric (imported seed pages) are graded from their reference answer.
  const where = [sql`q.status = 'published'`];
  if (config.topics?.length) {
    where.push(sql`EXISTS (SELECT 1 FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id AND t.slug IN (${sql.join(config.topics.map((t) => sql`${t}`), sql`, `)}))`);
  }
  if (config.set) where.push(sql`EXISTS (SELECT 1 FROM curated_set_items si JOIN curated_sets s ON s.id = si.set_id WHERE si.question_id = q.id AND s.slug = ${config.set})`);
  if (config.company) where.push(sql`EXISTS (SELECT 1 FROM question_companies qc JOIN companies c ON c.id = qc.company_id WHERE qc.question_id = q.id AND c.slug = ${config.company})`);
  const found = await rows<QuestionRow>(db, sql`SELECT ${QUESTION_COLUMNS} FROM questions q WHERE ${sql.join(where, sql` AND `)}`);
  return found.map((q) => ({ id: q.id, level: q.level, topics: q.topics ?? [] }));
}

async function questionById(db: Db, id: number): Promise<QuestionRow> {
  const [q] = await rows<QuestionRow>(db, sql`SELECT ${QUESTION_COLUMNS} FROM questions q WHERE q.id = ${id}`);
  if (!q) throw new AppError("NOT_FOUND", `Question ${id} is gone`);
  return q;
}

/**
 * Starts an interview and asks its first question (the most informative at the target level).
 * @throws AppError INVALID_INPUT when the focus leaves fewer questions than asked for
 */
export async function startInterview(db: Db, owner: string, config: InterviewConfig): Promise<{ id: string }> {
  const pool = await candidatePool(db, config);
  if (pool.length < config.questions) {
    throw new AppError("INVALID_INPUT", `Only ${pool.length} questions match this focus; ask for at most ${pool.length} or widen the focus`, { parameter: "questions" });
  }
  const id = randomUUID();
  const prior = TARGET_PRIOR[config.level];
  const first = selectNextQuestion(pool, { theta: prior, asked: new Set(), topicCounts: new Map(), seed: Number.parseInt(id.slice(0, 8), 16) });
  if (!first) throw new AppError("INVALID_INPUT", "No question matches this focus", { parameter: "topics" });
  const q = await questionById(db, first.id);
  await db.transaction(async (tx) => {
    await tx.insert(interviews).values({ id, owner, config: config as unknown as Record<string, unknown>, theta: prior, thetaSe: 1 });
    await tx.insert(interviewTurns).values({ interviewId: id, position: 0, questionId: q.id, kind: "question", prompt: q.title });
  });
  return { id };
}

/**
 * An interview of `owner` (another owner's is reported as not found).
 * @throws AppError NOT_FOUND
 */
export async function getInterview(db: Db, owner: string, id: string): Promise<InterviewView> {
  const [iv] = await db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, id), eq(interviews.owner, owner)));
  if (!iv) throw new AppError("NOT_FOUND", "No such interview", { parameter: "id" });
  const turns = await rows<{ position: number; kind: string; prompt: string; answer: string | null; grade: unknown; score: number | null; theta_after: number | null; asked_at: unknown; slug: string; title: string; level: Level; topics: string[] | null }>(
    db,
    sql`SELECT t.position, t.kind, t.prompt, t.answer, t.grade, t.score, t.theta_after, t.asked_at, q.slug, q.title, q.level,
          (SELECT array_agg(tp.slug ORDER BY tp.slug) FROM question_topics qt JOIN topics tp ON tp.id = qt.topic_id WHERE qt.question_id = q.id) AS topics
        FROM interview_turns t JOIN questions q ON q.id = t.question_id WHERE t.interview_id = ${id} ORDER BY t.position`,
  );
  const config = iv.config as unknown as InterviewConfig;
  const views: TurnView[] = turns.map((t) => ({
    position: t.position,
    kind: t.kind as TurnView["kind"],
    prompt: t.prompt,
    slug: t.slug,
    title: t.title,
    level: t.level,
    topics: t.topics ?? [],
    answer: t.answer,
    grade: jsonValue<GradeResult | null>(t.grade),
    score: t.score,
    thetaAfter: t.theta_after,
    askedAt: iso(t.asked_at),
  }));
  const status = iv.status as InterviewView["status"];
  return {
    id: iv.id,
    config,
    status,
    theta: iv.theta,
    thetaSe: iv.thetaSe,
    startedAt: iso(iv.startedAt),
    finishedAt: iv.finishedAt ? iso(iv.finishedAt) : null,
    deadline: config.minutes ? new Date(iv.startedAt.getTime() + config.minutes * 60_000).toISOString() : null,
    turns: views,
    current: status === "active" ? (views.find((t) => t.answer === null) ?? null) : null,
    report: (iv.report as unknown as InterviewReport | null) ?? null,
  };
}

/**
 * Grades the answer to the current turn, updates θ, and asks the next question (a follow-up
 * when essential points were missed, otherwise the most informative unasked question), or
 * finishes the interview when its length or time is reached.
 * @throws AppError NOT_FOUND, CONFLICT (finished), INVALID_INPUT (answer too long)
 */
export async function answerTurn(db: Db, grader: Grader, owner: string, id: string, input: { answer: string; durationMs?: number | undefined }, now = new Date()) {
  const iv = await getInterview(db, owner, id);
  if (iv.status !== "active" || !iv.current) throw new AppError("CONFLICT", "This interview is finished");
  const turn = iv.current;
  const [turnRow] = await db
    .select()
    .from(interviewTurns)
    .where(and(eq(interviewTurns.interviewId, id), eq(interviewTurns.position, turn.position)));
  if (!turnRow) throw new AppError("NOT_FOUND", "No current question");
  const q = await questionById(db, turnRow.questionId);
  const rubric = turn.kind === "follow_up" ? ((turnRow.focus ?? undefined) as RubricPoint[] | undefined) : parseRubric(q.rubric);
  const grade = await grader({
    question: turn.prompt,
    referenceAnswer: turn.kind === "follow_up" ? (rubric ?? []).map((p) => p.point).join(". ") : `${q.quick_summary}\n\n${q.answer_md}`,
    rubric,
    answer: input.answer,
  });

  // θ from every graded main question, this one included.
  const main = iv.turns.filter((t) => t.kind === "question" && t.score !== null).map((t) => ({ b: LEVEL_DIFFICULTY[t.level], s: (t.score ?? 0) / 5 }));
  if (turn.kind === "question") main.push({ b: LEVEL_DIFFICULTY[q.level], s: grade.score / grade.maxScore });
  const ability = estimateAbility(main, TARGET_PRIOR[iv.config.level]);

  const askedMain = iv.turns.filter((t) => t.kind === "question").length;
  const timeUp = iv.deadline !== null && now.getTime() >= new Date(iv.deadline).getTime();
  const followUp = turn.kind === "question" && iv.config.followUps !== false ? followUpFor(q.title, rubric, grade) : null;
  let next: { questionId: number; kind: "question" | "follow_up"; prompt: string; focus: RubricPoint[] | null } | null = null;
  if (!timeUp && followUp) next = { questionId: q.id, kind: "follow_up", prompt: followUp.prompt, focus: followUp.rubric };
  else if (!timeUp && askedMain < iv.config.questions) {
    const pool = await candidatePool(db, iv.config);
    const askedIds = new Set((await db.select({ q: interviewTurns.questionId }).from(interviewTurns).where(eq(interviewTurns.interviewId, id))).map((r) => r.q));
    const topicCounts = new Map<string, number>();
    for (const t of iv.turns.filter((t) => t.kind === "question")) for (const tp of t.topics) topicCounts.set(tp, (topicCounts.get(tp) ?? 0) + 1);
    const pick = selectNextQuestion(pool, { theta: ability.theta, asked: askedIds, topicCounts, seed: Number.parseInt(id.slice(0, 8), 16) });
    if (pick) {
      const nq = await questionById(db, pick.id);
      next = { questionId: nq.id, kind: "question", prompt: nq.title, focus: null };
    }
  }

  await db.transaction(async (tx) => {
    await tx
      .update(interviewTurns)
      .set({
        answer: input.answer,
        grade: grade as unknown as Record<string, unknown>,
        score: grade.score,
        thetaAfter: turn.kind === "question" ? ability.theta : null,
        answeredAt: now,
        durationMs: input.durationMs ?? null,
      })
      .where(and(eq(interviewTurns.interviewId, id), eq(interviewTurns.position, turn.position)));
    await tx.update(interviews).set({ theta: ability.theta, thetaSe: ability.se }).where(eq(interviews.id, id));
    if (next) {
      await tx.insert(interviewTurns).values({ interviewId: id, position: turn.position + 1, questionId: next.questionId, kind: next.kind, prompt: next.prompt, focus: next.focus, askedAt: now });
    }
  });
  if (!next) await finishInterview(db, owner, id, now);
  return { grade, theta: ability.theta, finished: next === null };
}

/**
 * Ends an interview (idempotent): an unanswered turn is dropped, the report is built and kept.
 * @throws AppError NOT_FOUND
 */
export async function finishInterview(db: Db, owner: string, id: string, now = new Date()): Promise<InterviewReport> {
  const iv = await getInterview(db, owner, id);
  if (iv.status === "finished" && iv.report) return iv.report;
  const answered = iv.turns.filter((t) => t.score !== null);
  const reportTurns: ReportTurn[] = answered.map((t) => ({
    questionId: 0,
    slug: t.slug,
    title: t.title,
    level: t.level,
    topics: t.topics,
    kind: t.kind,
    score: t.score ?? 0,
    label: t.grade?.label ?? "irrelevant",
    thetaAfter: t.thetaAfter,
  }));
  const report = buildReport(reportTurns, TARGET_PRIOR[iv.config.level], iv.theta, iv.thetaSe);
  await db.transaction(async (tx) => {
    await tx.delete(interviewTurns).where(and(eq(interviewTurns.interviewId, id), sql`${interviewTurns.answer} IS NULL`));
    await tx
      .update(interviews)
      .set({ status: "finished", finishedAt: now, report: report as unknown as Record<string, unknown> })
      .where(and(eq(interviews.id, id), eq(interviews.owner, owner)));
  });
  return report;
}

/** The owner's interviews, newest first, with their headline figures. */
export async function listInterviews(db: Db, owner: string, limit = 30) {
  const list = await db.select().from(interviews).where(eq(interviews.owner, owner)).orderBy(sql`${interviews.startedAt} DESC`).limit(limit);
  return list.map((iv) => {
    const report = iv.report as unknown as InterviewReport | null;
    const config = iv.config as unknown as InterviewConfig;
    return { id: iv.id, level: config.level, status: iv.status, startedAt: iso(iv.startedAt), overall: report?.overall ?? null, estimatedLevel: report?.estimatedLevel ?? null, questions: report?.questions ?? null };
  });
}

/**
 * Puts the report's "practice these next" questions into the owner's review queue: each gets a
 * card due now (questions already in the queue keep their schedule but become due now).
 * @returns how many questions were queued
 * @throws AppError NOT_FOUND, CONFLICT when the interview is not finished
 */
export async function queuePracticeNext(db: Db, owner: string, id: string, now = new Date()): Promise<number> {
  const iv = await getInterview(db, owner, id);
  if (!iv.report) throw new AppError("CONFLICT", "Finish the interview first");
  const slugs = iv.report.practiceNext.map((p) => p.slug);
  if (slugs.length === 0) return 0;
  const ids = await rows<{ id: number }>(db, sql`SELECT id FROM questions WHERE slug IN (${sql.join(slugs.map((s) => sql`${s}`), sql`, `)})`);
  const fresh = createScheduler().newCard(now);
  await db.transaction(async (tx) => {
    for (const { id: questionId } of ids) {
      await tx
        .insert(cards)
        .values({ owner, questionId, ...fresh, due: now })
        .onConflictDoUpdate({ target: [cards.owner, cards.questionId], set: { due: now } });
    }
  });
  return ids.length;
}

