/**
 * Practice sessions. A session's questions are drawn when it starts, from a filtered list of
 * the bank (level, topic, set, search...) or from the owner's "Due today" queue:
 * due cards first (most overdue first), then new questions up to the owner's new-cards-per-day
 * limit, then (to reach the requested count) reviewed questions that are not yet due, the least
 * well remembered first.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { QuestionQuery } from "../../core/bank/types";
import { AppError } from "../../core/errors";
import type { GradeInput, GradeResult, RubricPoint } from "../../core/grading/types";
import { createScheduler } from "../../core/practice/scheduler";
import { addDays, dayIn, startOfDayIn } from "../../core/practice/stats";
import type { Db } from "../client";
import { matchingQuestionIds } from "../queries/search-questions";
import { iso, jsonValue, rows } from "../queries/rows";
import { cards, practiceSessions, sessionAnswers } from "../schema";
import { cardFromRow } from "./reviews";
import { getSettings } from "./settings";

export type PracticeMode = "flashcards" | "timed";

/** Where a session's questions come from. */
export type PracticeSource = { kind: "due" } | { kind: "filter"; query: Omit<QuestionQuery, "page" | "pageSize"> };

export interface StartSessionInput {
  owner: string;
  mode: PracticeMode;
  source: PracticeSource;
  /** Number of questions, 1–100. */
  count: number;
  /** Timed sessions: minutes allowed, 1–180. */
  minutes?: number | undefined;
  /** A label for the source ("Level: Mid"); shown in the session and history. */
  sourceLabel: string;
  now?: Date;
}

/** The start of the owner's local day and the number of new cards still allowed today. */
export async function todayFor(db: Db, owner: string, now = new Date()) {
  const settings = await getSettings(db, owner);
  const today = dayIn(now, settings.timeZone);
  const start = startOfDayIn(today, settings.timeZone);
  const end = startOfDayIn(addDays(today, 1), settings.timeZone);
  const [row] = await rows<{ n: number }>(
    db,
    sql`SELECT count(DISTINCT question_id)::int AS n FROM review_logs WHERE owner = ${owner} AND state = 0 AND review >= ${start.toISOString()}::timestamptz`,
  );
  const newToday = row?.n ?? 0;
  return { settings, today, start, end, newToday, newLeft: Math.max(0, settings.newPerDay - newToday) };
}

/** Fisher–Yates shuffle with a seeded generator (mulberry32), so a session's order is reproducible. */
function shuffle<T>(items: T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * Starts a session and picks its questions.
 * @throws AppError INVALID_INPUT (count, minutes) or NOT_FOUND when nothing matches
 */
export async function startSession(db: Db, input: StartSessionInput): Promise<{ id: string; questionCount: number; newLimited: boolean }> {
  if (!(Number.isInteger(input.count) && input.count >= 1 && input.count <= 100)) {
    throw new AppError("INVALID_INPUT", "count must be a whole number from 1 to 100", { parameter: "count" });
  }
  if (input.mode === "timed" && !(input.minutes && Number.isInteger(input.minutes) && input.minutes >= 1 && input.minutes <= 180)) {
    throw new AppError("INVALID_INPUT", "minutes must be a whole number from 1 to 180 for a timed session", { parameter: "minutes" });
  }
  const now = input.now ?? new Date();
  const { end, newLeft, settings } = await todayFor(db, input.owner, now);
  const id = randomUUID();
  const seed = Number.parseInt(id.slice(0, 8), 16);
  const scheduler = createScheduler({ requestRetention: settings.requestRetention });

  const candidates = input.source.kind === "filter" ? await matchingQuestionIds(db, input.source.query) : null;
  if (candidates && candidates.length === 0) throw new AppError("NOT_FOUND", "No questions match these filters", { parameter: "source" });
  const owned = await db
    .select()
    .from(cards)
    .where(and(eq(cards.owner, input.owner), candidates ? sql`${cards.questionId} IN (${sql.join(candidates.map((c) => sql`${c}`), sql`, `)})` : sql`true`));
  const byQuestion = new Map(owned.map((r) => [r.questionId, cardFromRow(r)]));
  const due = owned.filter((r) => r.due <= end).sort((a, b) => a.due.getTime() - b.due.getTime()).map((r) => r.questionId);

  let pool: number[];
  if (candidates) pool = candidates;
  else pool = (await rows<{ id: number }>(db, sql`SELECT id FROM questions WHERE status = 'published' ORDER BY level_rank, title`)).map((r) => r.id);
  const fresh = pool.filter((q) => !byQuestion.has(q));
  // A curated set keeps its editors' order; anything else is shuffled per session.
  const orderedFresh = input.source.kind === "filter" && input.source.query.set ? fresh : shuffle(fresh, seed);
  const newTake = Math.min(newLeft, Math.max(0, input.count - due.length));
  const picked = [...due.slice(0, input.count), ...orderedFresh.slice(0, newTake)];
  let newLimited = picked.length < input.count && orderedFresh.length > newTake;
  if (picked.length < input.count && input.source.kind === "filter") {
    const ahead = owned
      .filter((r) => r.due > end)
      .map((r) => ({ id: r.questionId, r: scheduler.retrievability(cardFromRow(r), now) }))
      .sort((a, b) => a.r - b.r)
      .map((x) => x.id);
    picked.push(...ahead.slice(0, input.count - picked.length));
  }
  if (picked.length < input.count && input.mode === "timed") {
    // A timed session is an exam, not a review: fill it with new questions regardless of the limit.
    picked.push(...orderedFresh.slice(newTake, newTake + input.count - picked.length));
    newLimited = false;
  }
  if (picked.length === 0) {
    throw new AppError(
      "NOT_FOUND",
      input.source.kind === "due" ? "Nothing is due and today's new cards are used up" : "Nothing to practise here today: no card is due and today's new-card limit is reached",
      { parameter: "source" },
    );
  }
  const questionIds = input.mode === "timed" ? shuffle(picked, seed) : picked;
  await db.insert(practiceSessions).values({
    id,
    owner: input.owner,
    mode: input.mode,
    sourceLabel: input.sourceLabel,
    source: input.source as unknown as Record<string, unknown>,
    questionIds,
    timeLimitS: input.mode === "timed" ? (input.minutes ?? 0) * 60 : null,
    startedAt: now,
  });
  return { id, questionCount: questionIds.length, newLimited };
}

/** One question of a session as the session page needs it. */
export interface SessionItem {
  position: number;
  slug: string;
  title: string;
  level: string;
  topics: string[];
  quickSummary: string;
  answerMd: string;
  rubric: { point: string; weight: number }[];
  /** The owner's card before this session touched it (null: new). */
  card: { due: string; state: number; reps: number } | null;
  answer: { text: string; selfScore: number | null; grade: Record<string, unknown> | null } | null;
}

export interface SessionView {
  id: string;
  mode: PracticeMode;
  sourceLabel: string;
  startedAt: string;
  finishedAt: string | null;
  /** Timed sessions: seconds allowed and the deadline. */
  timeLimitS: number | null;
  deadline: string | null;
  items: SessionItem[];
  /** Ratings given in this session, by question slug (flashcards). */
  ratings: Record<string, number>;
}

/**
 * A session of `owner`. Another owner's session is reported as not found (never leaked).
 * @throws AppError NOT_FOUND
 */
export async function getSession(db: Db, owner: string, id: string): Promise<SessionView> {
  const [s] = await db
    .select()
    .from(practiceSessions)
    .where(and(eq(practiceSessions.id, id), eq(practiceSessions.owner, owner)));
  if (!s) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
  const ids = s.questionIds;
  const qs = ids.length
    ? await rows<{ id: number; slug: string; title: string; level: string; quick_summary: string; answer_md: string; rubric: unknown; topics: string[] | null }>(
        db,
        sql`SELECT q.id, q.slug, q.title, q.level, q.quick_summary, q.answer_md, q.rubric,
              (SELECT array_agg(t.slug ORDER BY t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id) AS topics
            FROM questions q WHERE q.id IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
      )
    : [];
  const byId = new Map(qs.map((q) => [q.id, q]));
  const cardRows = ids.length
    ? await db
        .select()
        .from(cards)
        .where(and(eq(cards.owner, owner), sql`${cards.questionId} IN (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`))
    : [];
  const cardBy = new Map(cardRows.map((c) => [c.questionId, c]));
  const answers = await db.select().from(sessionAnswers).where(eq(sessionAnswers.sessionId, id));
  const answerBy = new Map(answers.map((a) => [a.position, a]));
  const ratingRows = await rows<{ slug: string; rating: number }>(
    db,
    sql`SELECT DISTINCT ON (r.question_id) q.slug, r.rating FROM review_logs r JOIN questions q ON q.id = r.question_id
        WHERE r.session_id = ${id} AND r.owner = ${owner} ORDER BY r.question_id, r.review DESC`,
  );
  const items: SessionItem[] = [];
  ids.forEach((qid, position) => {
    const q = byId.get(qid);
    if (!q) return; // deleted since the session started
    const rubric = jsonValue<{ point: string; weight: number }[] | null>(q.rubric);
    const c = cardBy.get(qid);
    const a = answerBy.get(position);
    items.push({
      position,
      slug: q.slug,
      title: q.title,
      level: q.level,
      topics: q.topics ?? [],
      quickSummary: q.quick_summary,
      answerMd: q.answer_md,
      rubric: (rubric ?? []).map((p) => ({ point: p.point, weight: p.weight })),
      card: c ? { due: c.due.toISOString(), state: c.state, reps: c.reps } : null,
      answer: a ? { text: a.answer, selfScore: a.selfScore, grade: a.grade ?? null } : null,
    });
  });
  const startedAt = s.startedAt;
  return {
    id: s.id,
    mode: s.mode as PracticeMode,
    sourceLabel: s.sourceLabel,
    startedAt: iso(startedAt),
    finishedAt: s.finishedAt ? iso(s.finishedAt) : null,
    timeLimitS: s.timeLimitS,
    deadline: s.timeLimitS ? new Date(startedAt.getTime() + s.timeLimitS * 1000).toISOString() : null,
    items,
    ratings: Object.fromEntries(ratingRows.map((r) => [r.slug, r.rating])),
  };
}

/** Grace after a timed session's deadline for answers in flight (network, autosave), ms. */
const DEADLINE_GRACE_MS = 15_000;

/**
 * Saves the typed answer (and optional self-score 0–5) for one position of a timed session.
 * @throws AppError NOT_FOUND (session, position) or CONFLICT (finished, time is up)
 */
export async function saveAnswer(
  db: Db,
  owner: string,
  id: string,
  position: number,
  answer: { text: string; selfScore?: number | null | undefined },
  now = new Date(),
): Promise<void> {
  const [s] = await db
    .select()
    .from(practiceSessions)
    .where(and(eq(practiceSessions.id, id), eq(practiceSessions.owner, owner)));
  if (!s) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
  const questionId = s.questionIds[position];
  if (questionId === undefined) throw new AppError("NOT_FOUND", `This session has no question at position ${position}`, { parameter: "position" });
  const answerOnly = answer.selfScore === undefined;
  if (s.finishedAt && answerOnly) throw new AppError("CONFLICT", "This session is finished; answers can no longer change");
  if (s.timeLimitS && answerOnly && now.getTime() > s.startedAt.getTime() + s.timeLimitS * 1000 + DEADLINE_GRACE_MS) {
    throw new AppError("CONFLICT", "Time is up for this session");
  }
  const set: Partial<typeof sessionAnswers.$inferInsert> = { answeredAt: now };
  if (!s.finishedAt) set.answer = answer.text;
  if (answer.selfScore !== undefined) set.selfScore = answer.selfScore;
  await db
    .insert(sessionAnswers)
    .values({ sessionId: id, position, questionId, answer: answer.text, selfScore: answer.selfScore ?? null, answeredAt: now })
    .onConflictDoUpdate({ target: [sessionAnswers.sessionId, sessionAnswers.position], set });
}

/**
 * Marks a session finished (idempotent).
 * @throws AppError NOT_FOUND
 */
export async function finishSession(db: Db, owner: string, id: string, now = new Date()): Promise<void> {
  const updated = await db
    .update(practiceSessions)
    .set({ finishedAt: sql`coalesce(${practiceSessions.finishedAt}, ${now.toISOString()}::timestamptz)` })
    .where(and(eq(practiceSessions.id, id), eq(practiceSessions.owner, owner)))
    .returning({ id: practiceSessions.id });
  if (updated.length === 0) throw new AppError("NOT_FOUND", "No such practice session", { parameter: "id" });
}

/** Stores a grade for a timed-session answer (used once the grader runs). */
export async function storeGrade(db: Db, id: string, position: number, grade: Record<string, unknown>): Promise<void> {
  await db
    .update(sessionAnswers)
    .set({ grade })
    .where(and(eq(sessionAnswers.sessionId, id), eq(sessionAnswers.position, position)));
}

/** The owner's recent sessions, newest first. */
export async function listSessions(db: Db, owner: string, limit = 20) {
  const list = await db
    .select({
      id: practiceSessions.id,
      mode: practiceSessions.mode,
      sourceLabel: practiceSessions.sourceLabel,
      startedAt: practiceSessions.startedAt,
      finishedAt: practiceSessions.finishedAt,
      count: sql<number>`jsonb_array_length(${practiceSessions.questionIds})::int`,
    })
    .from(practiceSessions)
    .where(eq(practiceSessions.owner, owner))
    .orderBy(sql`${practiceSessions.startedAt} DESC`)
    .limit(limit);
  return list.map((s) => ({ ...s, startedAt: iso(s.startedAt), finishedAt: s.finishedAt ? iso(s.finishedAt) : null }));
}

/**
 * Grades every typed, not yet graded answer of a finished session with `grade` (the offline
 * rubric grader, or the LLM one) and stores the results.
 * @returns how many answers were graded
 */
export async function gradeSessionAnswers(
  db: Db,
  owner: string,
  id: string,
  grade: (input: GradeInput) => Promise<GradeResult>,
): Promise<number> {
  const pending = await rows<{ position: number; answer: string; title: string; quick_summary: string; answer_md: string; rubric: unknown }>(
    db,
    sql`SELECT a.position, a.answer, q.title, q.quick_summary, q.answer_md, q.rubric
        FROM session_answers a JOIN practice_sessions s ON s.id = a.session_id JOIN questions q ON q.id = a.question_id
        WHERE a.session_id = ${id} AND s.owner = ${owner} AND a.grade IS NULL AND length(trim(a.answer)) > 0`,
  );
  for (const p of pending) {
    const rubric = jsonValue<RubricPoint[] | null>(p.rubric);
    const result = await grade({ question: p.title, referenceAnswer: `${p.quick_summary}\n\n${p.answer_md}`, rubric: rubric?.length ? rubric : undefined, answer: p.answer });
    await storeGrade(db, id, p.position, result as unknown as Record<string, unknown>);
  }
  return pending.length;
}
