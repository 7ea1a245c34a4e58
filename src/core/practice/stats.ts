/**
 * Progress figures computed from the review history: reviews per day, streak, retention and
 * mastery. Pure functions over plain rows, so they are easy to test and to reuse.
 */

/** One review as needed for statistics. `day` is the local calendar day "YYYY-MM-DD". */
export interface ReviewPoint {
  day: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: number;
  /** Card state before the review: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
}

/** Adds `n` days to a "YYYY-MM-DD" day (calendar arithmetic, no time zone involved). */
export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The calendar day of `instant` in `timeZone` (IANA name), as "YYYY-MM-DD". */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
}

/** True when `timeZone` is a time zone name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Reviews per day for the `days` days ending `today` (oldest first, zero-filled). */
export function reviewsPerDay(points: readonly ReviewPoint[], today: string, days: number): { day: string; count: number; again: number }[] {
  const counts = new Map<string, { count: number; again: number }>();
  for (const p of points) {
    const c = counts.get(p.day) ?? { count: 0, again: 0 };
    c.count += 1;
    if (p.rating === 1) c.again += 1;
    counts.set(p.day, c);
  }
  const out: { day: string; count: number; again: number }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = addDays(today, -i);
    out.push({ day, ...(counts.get(day) ?? { count: 0, again: 0 }) });
  }
  return out;
}

/**
 * Consecutive days with at least one review, ending today, or yesterday when today has none yet
 * (a streak is not lost until the day is over).
 */
export function streak(reviewDays: Iterable<string>, today: string): number {
  const days = new Set(reviewDays);
  let cursor = days.has(today) ? today : addDays(today, -1);
  let n = 0;
  while (days.has(cursor)) {
    n += 1;
    cursor = addDays(cursor, -1);
  }
  return n;
}

/**
 * True retention: the share of reviews of cards in the Review state (learnt cards coming due)
 * answered Hard, Good or Easy rather than Again. Null when there are none yet.
 */
export function retention(points: readonly ReviewPoint[]): number | null {
  const due = points.filter((p) => p.state === 2);
  if (due.length === 0) return null;
  return due.filter((p) => p.rating > 1).length / due.length;
}

/** A card counts as mastered once its stability reaches this many days. */
export const MASTERY_STABILITY_DAYS = 21;

/** Mastery of a group of questions (a topic or a level). */
export interface Mastery {
  key: string;
  /** Questions in the group (in the whole bank). */
  total: number;
  /** Questions with a card (reviewed at least once). */
  started: number;
  /** Cards with stability ≥ 21 days. */
  mastered: number;
  /** Mean retrievability now over started cards, 0–1 (null when none started). */
  recall: number | null;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (local minus UTC). */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const local = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return local - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The instant local midnight starts `day` ("YYYY-MM-DD") in `timeZone`. */
export function startOfDayIn(day: string, timeZone: string): Date {
  const guess = Date.parse(`${day}T00:00:00Z`);
  const first = zoneOffsetMs(new Date(guess), timeZone);
  const second = zoneOffsetMs(new Date(guess - first), timeZone);
  return new Date(guess - second);
}
