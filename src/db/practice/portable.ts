/** Export and import of a candidate's practice data, and the Anki deck. */
import { eq, sql } from "drizzle-orm";
import { toAnkiCsv, type AnkiNote } from "../../core/practice/anki";
import { PracticeExportSchema, type ImportReport, type PracticeExport } from "../../core/practice/export-format";
import { AppError } from "../../core/errors";
import type { Db } from "../client";
import { iso, jsonValue, rows } from "../queries/rows";
import { bookmarks, cards, notes, practiceSettings, questions, reviewLogs } from "../schema";
import { getSettings } from "./settings";

/** Everything `owner` owns, as a PracticeExport. */
export async function exportPractice(db: Db, owner: string, now = new Date()): Promise<PracticeExport> {
  const slugOf = new Map((await db.select({ id: questions.id, slug: questions.slug }).from(questions)).map((q) => [q.id, q.slug]));
  const s = (id: number) => slugOf.get(id) ?? "";
  const [settings, cardRows, logRows, bookmarkRows, noteRows] = await Promise.all([
    getSettings(db, owner),
    db.select().from(cards).where(eq(cards.owner, owner)),
    db.select().from(reviewLogs).where(eq(reviewLogs.owner, owner)).orderBy(reviewLogs.review, reviewLogs.id),
    db.select().from(bookmarks).where(eq(bookmarks.owner, owner)),
    db.select().from(notes).where(eq(notes.owner, owner)),
  ]);
  return {
    format: "pyprep-practice",
    version: 1,
    exportedAt: now.toISOString(),
    settings,
    cards: cardRows.map((c) => ({
      question: s(c.questionId),
      due: c.due.toISOString(),
      stability: c.stability,
      difficulty: c.difficulty,
      elapsedDays: c.elapsedDays,
      scheduledDays: c.scheduledDays,
      learningSteps: c.learningSteps,
      reps: c.reps,
      lapses: c.lapses,
      state: c.state,
      lastReview: c.lastReview?.toISOString() ?? null,
    })),
    reviews: logRows.map((l) => ({
      question: s(l.questionId),
      rating: l.rating,
      state: l.state,
      due: l.due.toISOString(),
      stability: l.stability,
      difficulty: l.difficulty,
      elapsedDays: l.elapsedDays,
      lastElapsedDays: l.lastElapsedDays,
      scheduledDays: l.scheduledDays,
      learningSteps: l.learningSteps,
      review: l.review.toISOString(),
      nextDue: l.nextDue.toISOString(),
      durationMs: l.durationMs,
    })),
    bookmarks: bookmarkRows.map((b) => ({ question: s(b.questionId), createdAt: b.createdAt.toISOString() })),
    notes: noteRows.map((n) => ({ question: s(n.questionId), body: n.bodyMd, updatedAt: n.updatedAt.toISOString() })),
  };
}

/**
 * Restores an export into `owner`'s data, in one transaction (all or nothing). Existing data
 * stays: a card is replaced only by a more recently reviewed one, reviews already present (same
 * question and instant) are not duplicated, notes keep the newer text.
 * @throws AppError INVALID_INPUT naming the first invalid field (path in the file)
 */
export async function importPractice(db: Db, owner: string, input: unknown): Promise<ImportReport> {
  const parsed = PracticeExportSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "file";
    throw new AppError("INVALID_INPUT", `Not a PyPrep practice export: ${where}: ${issue?.message ?? "invalid"}`, { parameter: where });
  }
  const data = parsed.data;
  const idOf = new Map((await db.select({ id: questions.id, slug: questions.slug }).from(questions)).map((q) => [q.slug, q.id]));
  const unknown = new Set<string>();
  const known = (slug: string): number | null => {
    const id = idOf.get(slug);
    if (id === undefined) unknown.add(slug);
    return id ?? null;
  };
  const report: ImportReport = { cards: 0, reviews: 0, bookmarks: 0, notes: 0, unknownQuestions: [] };
  await db.transaction(async (tx) => {
    if (data.settings) {
      await tx
        .insert(practiceSettings)
        .values({ owner, ...data.settings })
        .onConflictDoUpdate({ target: practiceSettings.owner, set: { ...data.settings, updatedAt: sql`now()` } });
    }
    for (const c of data.cards) {
      const questionId = known(c.question);
      if (questionId === null) continue;
      const values = {
        due: new Date(c.due),
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: c.elapsedDays,
        scheduledDays: c.scheduledDays,
        learningSteps: c.learningSteps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.lastReview ? new Date(c.lastReview) : null,
      };
      const written = await tx
        .insert(cards)
        .values({ owner, questionId, ...values })
        .onConflictDoUpdate({
          target: [cards.owner, cards.questionId],
          set: values,
          setWhere: sql`coalesce(${cards.lastReview}, '-infinity'::timestamptz) < coalesce(excluded.last_review, '-infinity'::timestamptz)`,
        })
        .returning({ q: cards.questionId });
      report.cards += written.length;
    }
    const existing = new Set(
      (await rows<{ question_id: number; review: unknown }>(tx, sql`SELECT question_id, review FROM review_logs WHERE owner = ${owner}`)).map(
        (r) => `${r.question_id}@${iso(r.review)}`,
      ),
    );
    const logValues: (typeof reviewLogs.$inferInsert)[] = [];
    for (const l of data.reviews) {
      const questionId = known(l.question);
      if (questionId === null) continue;
      const key = `${questionId}@${new Date(l.review).toISOString()}`;
      if (existing.has(key)) continue;
      existing.add(key);
      logValues.push({
        owner,
        questionId,
        rating: l.rating,
        state: l.state,
        due: new Date(l.due),
        stability: l.stability,
        difficulty: l.difficulty,
        elapsedDays: l.elapsedDays,
        lastElapsedDays: l.lastElapsedDays,
        scheduledDays: l.scheduledDays,
        learningSteps: l.learningSteps,
        review: new Date(l.review),
        nextDue: new Date(l.nextDue),
        durationMs: l.durationMs,
      });
    }
    for (let i = 0; i < logValues.length; i += 1000) await tx.insert(reviewLogs).values(logValues.slice(i, i + 1000));
    report.reviews = logValues.length;
    for (const b of data.bookmarks) {
      const questionId = known(b.question);
      if (questionId === null) continue;
      const written = await tx.insert(bookmarks).values({ owner, questionId, createdAt: new Date(b.createdAt) }).onConflictDoNothing().returning({ q: bookmarks.questionId });
      report.bookmarks += written.length;
    }
    for (const n of data.notes) {
      const questionId = known(n.question);
      if (questionId === null) continue;
      const written = await tx
        .insert(notes)
        .values({ owner, questionId, bodyMd: n.body, updatedAt: new Date(n.updatedAt) })
        .onConflictDoUpdate({
          target: [notes.owner, notes.questionId],
          set: { bodyMd: n.body, updatedAt: new Date(n.updatedAt) },
          setWhere: sql`${notes.updatedAt} < excluded.updated_at`,
        })
        .returning({ q: notes.questionId });
      report.notes += written.length;
    }
  });
  report.unknownQuestions = [...unknown].sort();
  return report;
}

/**
 * The owner's cards (or, when they have none, the questions they bookmarked) as an Anki deck:
 * front = the question, back = the quick summary and the rubric's key points; tags = level and
 * topics. Text is HTML-escaped.
 */
export async function exportAnkiDeck(db: Db, owner: string, options: { all?: boolean } = {}): Promise<string> {
  const found = await rows<{ slug: string; title: string; level: string; quick_summary: string; rubric: unknown; topics: string[] | null }>(
    db,
    sql`SELECT q.slug, q.title, q.level, q.quick_summary, q.rubric,
          (SELECT array_agg(t.slug ORDER BY t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id) AS topics
        FROM questions q
        WHERE q.status = 'published' AND (${options.all === true}
          OR EXISTS (SELECT 1 FROM cards c WHERE c.owner = ${owner} AND c.question_id = q.id)
          OR EXISTS (SELECT 1 FROM bookmarks b WHERE b.owner = ${owner} AND b.question_id = q.id))
        ORDER BY q.level_rank, q.title`,
  );
  const escape = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const notesOut: AnkiNote[] = found.map((q) => {
    const rubric = jsonValue<{ point: string }[] | null>(q.rubric) ?? [];
    const points = rubric.length ? `<ul>${rubric.map((p) => `<li>${escape(p.point)}</li>`).join("")}</ul>` : "";
    return {
      front: escape(q.title),
      back: `<p>${escape(q.quick_summary)}</p>${points}`,
      tags: [`pyprep::${q.level.toLowerCase()}`, ...(q.topics ?? []).map((t) => `pyprep::${t}`)],
    };
  });
  return toAnkiCsv(notesOut, "PyPrep");
}

/** How many cards, reviews, bookmarks and notes an owner has. */
export async function countOwned(db: Db, owner: string) {
  const [c] = await db.select({ n: sql<number>`count(*)::int` }).from(cards).where(eq(cards.owner, owner));
  const [r] = await db.select({ n: sql<number>`count(*)::int` }).from(reviewLogs).where(eq(reviewLogs.owner, owner));
  const [b] = await db.select({ n: sql<number>`count(*)::int` }).from(bookmarks).where(eq(bookmarks.owner, owner));
  const [n] = await db.select({ n: sql<number>`count(*)::int` }).from(notes).where(eq(notes.owner, owner));
  return { cards: c?.n ?? 0, reviews: r?.n ?? 0, bookmarks: b?.n ?? 0, notes: n?.n ?? 0 };
}

