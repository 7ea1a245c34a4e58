/**
 * Rating a card: load its FSRS state, apply the rating with ts-fsrs, store the new state and
 * the review log in one transaction.
 */
import { and, eq, sql } from "drizzle-orm";
import { AppError } from "../../core/errors";
import { createScheduler, type CardState, type RatingValue } from "../../core/practice/scheduler";
import type { Db } from "../client";
import { cards, questions, reviewLogs } from "../schema";
import { getSettings } from "./settings";

type CardRow = typeof cards.$inferSelect;

export const cardFromRow = (r: CardRow): CardState => ({
  due: r.due,
  stability: r.stability,
  difficulty: r.difficulty,
  elapsedDays: r.elapsedDays,
  scheduledDays: r.scheduledDays,
  learningSteps: r.learningSteps,
  reps: r.reps,
  lapses: r.lapses,
  state: r.state,
  lastReview: r.lastReview,
});

/** A card as the API shows it. Dates are ISO 8601; retrievability 0–1. */
export interface CardView {
  question: string;
  due: string;
  state: number;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
  retrievability: number;
}

/** The published question id of a slug. @throws AppError NOT_FOUND */
export async function questionIdOf(db: Db, slug: string): Promise<number> {
  const [row] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.slug, slug), eq(questions.status, "published")));
  if (!row) throw new AppError("NOT_FOUND", `No question with the slug "${slug}"`, { parameter: "question" });
  return row.id;
}

/** The owner's card for a question, or null when never reviewed. */
export async function getCard(db: Db, owner: string, questionId: number): Promise<CardState | null> {
  const [row] = await db.select().from(cards).where(and(eq(cards.owner, owner), eq(cards.questionId, questionId)));
  return row ? cardFromRow(row) : null;
}

export interface RateInput {
  owner: string;
  /** Question slug. */
  question: string;
  rating: RatingValue;
  /** When the rating was given (default now). */
  now?: Date;
  /** Time spent on the card, ms. */
  durationMs?: number | undefined;
  sessionId?: string | undefined;
}

/**
 * Records a rating and reschedules the card.
 * @returns the new card and the due date each button would give next time
 * @throws AppError NOT_FOUND when the question does not exist
 */
export async function rateQuestion(db: Db, input: RateInput): Promise<{ card: CardView; previous: CardView | null }> {
  const now = input.now ?? new Date();
  const settings = await getSettings(db, input.owner);
  const scheduler = createScheduler({ requestRetention: settings.requestRetention });
  const questionId = await questionIdOf(db, input.question);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(cards)
      .where(and(eq(cards.owner, input.owner), eq(cards.questionId, questionId)))
      .for("update");
    const before = row ? cardFromRow(row) : null;
    const { card, log } = scheduler.rate(before, input.rating, now);
    const values = {
      due: card.due,
      stability: card.stability,
      difficulty: card.difficulty,
      elapsedDays: card.elapsedDays,
      scheduledDays: card.scheduledDays,
      learningSteps: card.learningSteps,
      reps: card.reps,
      lapses: card.lapses,
      state: card.state,
      lastReview: card.lastReview,
    };
    await tx
      .insert(cards)
      .values({ owner: input.owner, questionId, ...values })
      .onConflictDoUpdate({ target: [cards.owner, cards.questionId], set: values });
    await tx.insert(reviewLogs).values({
      owner: input.owner,
      questionId,
      rating: log.rating,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsedDays,
      lastElapsedDays: log.lastElapsedDays,
      scheduledDays: log.scheduledDays,
      learningSteps: log.learningSteps,
      review: log.review,
      nextDue: card.due,
      durationMs: input.durationMs ?? null,
      sessionId: input.sessionId ?? null,
    });
    const view = (c: CardState): CardView => ({
      question: input.question,
      due: c.due.toISOString(),
      state: c.state,
      stability: c.stability,
      difficulty: c.difficulty,
      reps: c.reps,
      lapses: c.lapses,
      lastReview: c.lastReview?.toISOString() ?? null,
      retrievability: scheduler.retrievability(c, now),
    });
    return { card: view(card), previous: before ? view(before) : null };
  });
}

/** Number of the owner's cards due at or before `until`. */
export async function countDue(db: Db, owner: string, until: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cards)
    .where(and(eq(cards.owner, owner), sql`${cards.due} <= ${until.toISOString()}::timestamptz`));
  return row?.n ?? 0;
}
