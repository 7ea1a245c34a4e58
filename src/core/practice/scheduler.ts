/**
 * Spaced repetition with FSRS (Free Spaced Repetition Scheduler) through ts-fsrs.
 * Algorithm: J. Ye et al., "A Stochastic Shortest Path Algorithm for Optimizing Spaced
 * Repetition Scheduling" (KDD 2022) and the FSRS wiki,
 * https://github.com/open-spaced-repetition/fsrs4anki/wiki/The-Algorithm; library docs:
 * https://open-spaced-repetition.github.io/ts-fsrs/
 *
 * Terms: stability (days until retrievability falls to 90 %), difficulty (1–10),
 * retrievability (probability of recall now, 0–1), due (when to review next).
 */
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade, type ReviewLog } from "ts-fsrs";
import { AppError } from "../errors";

/** The four answer buttons, as stored (1–4, ts-fsrs `Rating`). */
export const RATINGS = { again: 1, hard: 2, good: 3, easy: 4 } as const;
export type RatingValue = 1 | 2 | 3 | 4;
export const RATING_LABELS: Record<RatingValue, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** Card states (ts-fsrs `State`). */
export const CARD_STATES = { 0: "New", 1: "Learning", 2: "Review", 3: "Relearning" } as const;

/** A card's memory state as stored (one row of `cards`). Dates are `Date`s; days are whole days. */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  lastReview: Date | null;
}

/** A rating's record: the state before it (for the history) and the new card state. */
export interface ReviewOutcome {
  card: CardState;
  log: {
    rating: RatingValue;
    state: number;
    due: Date;
    stability: number;
    difficulty: number;
    elapsedDays: number;
    lastElapsedDays: number;
    scheduledDays: number;
    learningSteps: number;
    review: Date;
  };
}

export interface SchedulerOptions {
  /** Target probability of recall at review time, 0.7–0.97 (default 0.9). */
  requestRetention?: number;
  /** Adds ±5 % or so to long intervals so that cards learnt together spread out (default true). */
  enableFuzz?: boolean;
}

const toLibrary = (c: CardState): Card => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsed_days: c.elapsedDays,
  scheduled_days: c.scheduledDays,
  learning_steps: c.learningSteps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state as State,
  ...(c.lastReview ? { last_review: c.lastReview } : {}),
});

const fromLibrary = (c: Card): CardState => ({
  due: c.due,
  stability: c.stability,
  difficulty: c.difficulty,
  elapsedDays: c.elapsed_days,
  scheduledDays: c.scheduled_days,
  learningSteps: c.learning_steps,
  reps: c.reps,
  lapses: c.lapses,
  state: c.state,
  lastReview: c.last_review ?? null,
});

const logFromLibrary = (l: ReviewLog): ReviewOutcome["log"] => ({
  rating: l.rating as RatingValue,
  state: l.state,
  due: l.due,
  stability: l.stability,
  difficulty: l.difficulty,
  elapsedDays: l.elapsed_days,
  lastElapsedDays: l.last_elapsed_days,
  scheduledDays: l.scheduled_days,
  learningSteps: l.learning_steps,
  review: l.review,
});

/** Parses a rating from user input ("good", "3", 3). @throws AppError INVALID_INPUT naming `rating` */
export function parseRating(input: unknown): RatingValue {
  if (typeof input === "number" && [1, 2, 3, 4].includes(input)) return input as RatingValue;
  if (typeof input === "string") {
    const key = input.trim().toLowerCase();
    if (key in RATINGS) return RATINGS[key as keyof typeof RATINGS];
    if (/^[1-4]$/.test(key)) return Number(key) as RatingValue;
  }
  throw new AppError("INVALID_INPUT", "rating must be 1–4 or again, hard, good, easy", { parameter: "rating" });
}

/** An FSRS scheduler with the given options. */
export function createScheduler(options: SchedulerOptions = {}) {
  const retention = options.requestRetention ?? 0.9;
  if (!(retention >= 0.7 && retention <= 0.97)) {
    throw new AppError("INVALID_INPUT", `requestRetention must be between 0.7 and 0.97, got ${retention}`, { parameter: "requestRetention" });
  }
  const f = fsrs({ request_retention: retention, enable_fuzz: options.enableFuzz ?? true });
  return {
    /** A card never reviewed, due now. */
    newCard(now: Date): CardState {
      return fromLibrary(createEmptyCard(now));
    },
    /** Applies a rating given at `now` to `card` (null: a new card). */
    rate(card: CardState | null, rating: RatingValue, now: Date): ReviewOutcome {
      const current = card ? toLibrary(card) : createEmptyCard(now);
      const item = f.next(current, now, rating as Grade);
      return { card: fromLibrary(item.card), log: logFromLibrary(item.log) };
    },
    /** The due date each button would give, for the labels under the buttons. */
    preview(card: CardState | null, now: Date): Record<RatingValue, Date> {
      const current = card ? toLibrary(card) : createEmptyCard(now);
      const p = f.repeat(current, now);
      return { 1: p[Rating.Again].card.due, 2: p[Rating.Hard].card.due, 3: p[Rating.Good].card.due, 4: p[Rating.Easy].card.due };
    },
    /** Probability of recall at `now`, 0–1 (0 for a new card). */
    retrievability(card: CardState, now: Date): number {
      if (card.state === State.New) return 0;
      return f.get_retrievability(toLibrary(card), now, false);
    },
  };
}

export type Scheduler = ReturnType<typeof createScheduler>;

/**
 * A short human interval between two instants: "1 min", "10 min", "3 h", "4 d", "2 mo", "1.5 y".
 */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${Math.round(days / 30)} mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, "")} y`;
}
