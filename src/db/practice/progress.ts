/** The progress dashboard's figures for one owner. */
import { sql } from "drizzle-orm";
import { createScheduler } from "../../core/practice/scheduler";
import { addDays, dayIn, MASTERY_STABILITY_DAYS, retention, reviewsPerDay, streak, type Mastery, type ReviewPoint } from "../../core/practice/stats";
import type { Db } from "../client";
import { iso, rows } from "../queries/rows";
import { todayFor } from "./sessions";

export interface ProgressView {
  today: string;
  timeZone: string;
  /** Cards due by the end of the local day. */
  dueToday: number;
  /** New cards still allowed today, and the daily limit. */
  newLeft: number;
  newPerDay: number;
  totalReviews: number;
  cardsStarted: number;
  /** Consecutive days with reviews. */
  streak: number;
  /** Share of reviews of learnt cards not answered Again, 0–1 (null: none yet). */
  retention: number | null;
  /** Last 30 days, oldest first. */
  perDay: { day: string; count: number; again: number }[];
  /** Cards coming due in each of the next 14 days (today first). */
  forecast: { day: string; count: number }[];
  byTopic: (Mastery & { name: string })[];
  byLevel: Mastery[];
  /** The 30 latest reviews. */
  history: { question: string; title: string; rating: number; review: string; nextDue: string }[];
  bookmarks: { question: string; title: string; level: string }[];
}

/** Everything the dashboard shows. Reads only `owner`'s rows. */
export async function getProgress(db: Db, owner: string, now = new Date()): Promise<ProgressView> {
  const { settings, today, end, newLeft } = await todayFor(db, owner, now);
  const tz = settings.timeZone;
  const scheduler = createScheduler({ requestRetention: settings.requestRetention });
  const [logs, cardRows, totals, history, bookmarks] = await Promise.all([
    rows<{ review: unknown; rating: number; state: number }>(db, sql`SELECT review, rating, state FROM review_logs WHERE owner = ${owner} ORDER BY review`),
    rows<{ question_id: number; level: string; topics: string[] | null; due: unknown; stability: number; difficulty: number; elapsed_days: number; scheduled_days: number; learning_steps: number; reps: number; lapses: number; state: number; last_review: unknown }>(
      db,
      sql`SELECT c.*, q.level, (SELECT array_agg(t.slug) FROM question_topics qt JOIN topics t ON t.id = qt.topic_id WHERE qt.question_id = q.id) AS topics
          FROM cards c JOIN questions q ON q.id = c.question_id WHERE c.owner = ${owner}`,
    ),
    rows<{ kind: string; key: string; name: string; total: number }>(
      db,
      sql`SELECT 'topic' AS kind, t.slug AS key, t.name, count(qt.question_id)::int AS total FROM topics t
            LEFT JOIN question_topics qt ON qt.topic_id = t.id LEFT JOIN questions q ON q.id = qt.question_id AND q.status = 'published'
            WHERE q.id IS NOT NULL GROUP BY t.slug, t.name
          UNION ALL
          SELECT 'level', level, level, count(*)::int FROM questions WHERE status = 'published' GROUP BY level`,
    ),
    rows<{ slug: string; title: string; rating: number; review: unknown; next_due: unknown }>(
      db,
      sql`SELECT q.slug, q.title, r.rating, r.review, r.next_due FROM review_logs r JOIN questions q ON q.id = r.question_id
          WHERE r.owner = ${owner} ORDER BY r.review DESC, r.id DESC LIMIT 30`,
    ),
    rows<{ slug: string; title: string; level: string }>(
      db,
      sql`SELECT q.slug, q.title, q.level FROM bookmarks b JOIN questions q ON q.id = b.question_id WHERE b.owner = ${owner} ORDER BY b.created_at DESC`,
    ),
  ]);
  const points: ReviewPoint[] = logs.map((l) => ({ day: dayIn(new Date(iso(l.review)), tz), rating: l.rating, state: l.state }));
  const groups = new Map<string, Mastery & { name: string; recallSum: number }>();
  for (const t of totals) groups.set(`${t.kind}:${t.key}`, { key: t.key, name: t.name, total: t.total, started: 0, mastered: 0, recall: null, recallSum: 0 });
  let dueToday = 0;
  const forecastCounts = new Map<string, number>();
  for (const c of cardRows) {
    const due = new Date(iso(c.due));
    if (due <= end) dueToday += 1;
    const dueDay = due <= now ? today : dayIn(due, tz);
    forecastCounts.set(dueDay, (forecastCounts.get(dueDay) ?? 0) + 1);
    const r = scheduler.retrievability(
      {
        due,
        stability: c.stability,
        difficulty: c.difficulty,
        elapsedDays: c.elapsed_days,
        scheduledDays: c.scheduled_days,
        learningSteps: c.learning_steps,
        reps: c.reps,
        lapses: c.lapses,
        state: c.state,
        lastReview: c.last_review ? new Date(iso(c.last_review)) : null,
      },
      now,
    );
    for (const key of [`level:${c.level}`, ...(c.topics ?? []).map((t) => `topic:${t}`)]) {
      const g = groups.get(key);
      if (!g) continue;
      g.started += 1;
      g.recallSum += r;
      if (c.stability >= MASTERY_STABILITY_DAYS) g.mastered += 1;
    }
  }
  const finish = (g: Mastery & { name: string; recallSum: number }) => ({
    key: g.key,
    name: g.name,
    total: g.total,
    started: g.started,
    mastered: g.mastered,
    recall: g.started ? g.recallSum / g.started : null,
  });
  const levelOrder = ["Entry", "Junior", "Mid", "Senior", "Expert"];
  const perDay = reviewsPerDay(points, today, 30);
  const forecast = Array.from({ length: 14 }, (_, i) => {
    const day = addDays(today, i);
    return { day, count: forecastCounts.get(day) ?? 0 };
  });
  return {
    today,
    timeZone: tz,
    dueToday,
    newLeft,
    newPerDay: settings.newPerDay,
    totalReviews: logs.length,
    cardsStarted: cardRows.length,
    streak: streak(points.map((p) => p.day), today),
    retention: retention(points),
    perDay,
    forecast,
    byTopic: [...groups.entries()].filter(([k]) => k.startsWith("topic:")).map(([, g]) => finish(g)).sort((a, b) => a.name.localeCompare(b.name)),
    byLevel: levelOrder.map((l) => groups.get(`level:${l}`)).filter((g): g is NonNullable<typeof g> => Boolean(g)).map((g) => {
      const { name: _name, ...rest } = finish(g);
      return rest;
    }),
    history: history.map((h) => ({ question: h.slug, title: h.title, rating: h.rating, review: iso(h.review), nextDue: iso(h.next_due) })),
    bookmarks: bookmarks.map((b) => ({ question: b.slug, title: b.title, level: b.level })),
  };
}

